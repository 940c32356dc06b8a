// Small concept lexicons for recognising the staging-only rules by meaning (no ML).
// Each set holds normalised tokens (lowercase, contractions folded: "don't" -> "dont").

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Hyphen/slash compounds folded into one token before tagging. */
export const COMPOUNDS: Record<string, string> = {
  thirdparty: 'thirdparty', nonproduction: 'nonprod', nonprod: 'nonprod', preprod: 'nonprod', preproduction: 'nonprod',
  auditlog: 'auditlog', auditlogs: 'auditlog', auditlogged: 'auditlog', auditlogging: 'auditlog', offlimits: 'offlimits',
  trycatch: 'trycatch', timeout: 'timeout', timeouts: 'timeouts', timedout: 'timeout', testmode: 'testmode', readonly: 'readonly',
  apikey: 'apikey', apikeys: 'apikeys', productionlike: 'prodlike', prodlike: 'prodlike', nogo: 'nogo', livemode: 'livemode',
  sandboxonly: 'sandboxonly', stagingonly: 'stagingonly', realworld: 'realworld', nonlive: 'nonprod',
};

export const PROD = set('production prod prd livemode');
/** words that are production only before a fitting noun ("live key", "real API") */
export const PROD_IF_NOUN = set('live real');
export const STAGING = set('staging stage stg sandbox sandboxes sandboxed nonprod qa uat mock mocked fake dummy testmode stagingonly sandboxonly dev development');
/** staging only before a fitting noun ("test key", "test mode") */
export const STAGING_IF_NOUN = set('test testing');
export const CRED = set('key keys apikey apikeys credential credentials creds token tokens secret secrets password passwords');
export const API = set('api apis endpoint endpoints url urls host hosts hostname hostnames service services server servers backend backends environment environments env envs system systems instance instances database databases db cluster clusters domain domains infrastructure infra tenant mode account accounts site');
/** nouns that make PROD/live an adjective of something other than API access ("production data", "production-ready") */
export const PROD_OTHER = set('ready quality grade code build builds bundle release releases deploy deploys deployment deployments incident incidents outage outages bug bugs branch image images issue issues data logs traffic users user customers');
export const ACCESS = set('call calls calling called hit hits hitting reach reaches reaching access accessing accessed contact contacting query querying connect connects connecting talk talking touch touching send sending point pointing target targeting targets use uses using used run running test testing curl ping pinging fetch fetching post posting invoke invoking go going communicate interact hitting switch switching fall fallback revert reverting route routing direct aim make exercise');
/** verbs about secret hygiene: "never commit production keys" is not the staging-keys rule */
export const HYGIENE = set('commit committing commits print printing echo echoing paste pasting share sharing store storing push pushing expose exposing leak leaking rotate rotating hardcode hardcoding log logging check share display');
export const NEG = set('never not no dont doesnt cannot cant mustnt shouldnt wont isnt arent neither nor none avoid avoiding refrain forbid forbids prohibit prohibits ban bans disallow disallows forbidden prohibited banned disallowed offlimits nogo');
/** negators that come after what they negate ("production access is forbidden") */
export const POST_NEG = set('forbidden prohibited banned disallowed offlimits nogo not never');
export const FILLER = set('ever under any circumstances circumstance at time for reason whatsoever please even once in case at all');
export const EXCEPT = set('except unless');
export const CLAUSE_BREAK = set('but however instead otherwise although though yet whereas');
export const ONLY = set('only exclusively solely stagingonly sandboxonly');
export const PERMIT = set('may can allowed allow allows ok okay fine acceptable permitted permit permits free feel fallback fall switch revert retry');
export const REQUIRE = set('must always need needs needed require requires required requirement mandatory shall ensure every each all any include includes including have has wrap set add enforce apply configure give put handle use needing should');
export const IMPERATIVE = set('wrap set add enforce apply configure give put handle use include log record audit auditlog always never make ensure treat keep track catch bound cap attach emit write');
/** hedges: a rule stated as a wish */
export const HEDGE = set('try trying ideally preferably prefer preferred hopefully aim generally usually typically recommended recommend encouraged consider possible feasible practical might could perhaps maybe');
/** soft modals: weak unless a firm word is also there */
export const SOFT = set('should avoid ought');
export const FIRM = set('never must always only dont cannot mustnt required mandatory forbidden prohibited shall exclusively solely offlimits');
export const ERROR = set('error errors failure failures exception exceptions trycatch catch fail failing fails');
export const ERROR_INVERT = set('swallow swallowing swallowed ignore ignoring ignored suppress suppressing hide hiding');
export const TIMEOUT = set('timeout timeouts deadline deadlines');
export const LOG = set('log logs logged logging record recorded recording auditlog trace traced tracked track');
export const AUDIT = set('audit audits audited auditing auditable auditlog trail');
export const CALL_SUBJ = set('api apis http https request requests call calls outbound outgoing external thirdparty remote network webhook webhooks fetch endpoint endpoints integration integrations egress');
export const LIVE_NOUNS = new Set([...CRED, ...API, 'mode', 'data', 'payments', 'money', 'stripe', 'traffic', 'one', 'ones', 'version']);
export const FUNCTION_WORDS = set('to from in on at for with the a an and or of by unless if when even ever is are was be only either');
