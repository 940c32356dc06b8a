// Small concept lexicons for recognising the staging-only rules by meaning (no ML).
// Each set holds normalised tokens (lowercase, contractions folded: "don't" -> "dont", British spellings folded).

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Hyphen/slash compounds folded into one token before tagging. */
export const COMPOUNDS: Record<string, string> = {
  thirdparty: 'thirdparty', '3rdparty': 'thirdparty', nonproduction: 'nonprod', nonprod: 'nonprod', preprod: 'nonprod', preproduction: 'nonprod',
  auditlog: 'auditlog', auditlogs: 'auditlog', auditlogged: 'auditlog', auditlogging: 'auditlog', offlimits: 'offlimits',
  trycatch: 'trycatch', tryexcept: 'trycatch', backoff: 'backoff', circuitbreaker: 'circuitbreaker', timeout: 'timeout', timeouts: 'timeouts', timedout: 'timeout', timelimit: 'timeout', timelimits: 'timeouts',
  testmode: 'testmode', readonly: 'readonly', apikey: 'apikey', apikeys: 'apikeys', apitoken: 'apikey', apitokens: 'apikeys',
  secretkey: 'apikey', secretkeys: 'apikeys', accesskey: 'apikey', accesskeys: 'apikeys', productionlike: 'prodlike', prodlike: 'prodlike',
  nogo: 'nogo', oncall: 'oncall', callback: 'callback', callbacks: 'callbacks', login: 'login', logins: 'logins', signin: 'login',
  checkin: 'checkin', lookup: 'lookup', lookups: 'lookups', setup: 'setup', non2xx: 'non2xx', outofbounds: 'offlimits', handsoff: 'offlimits', livemode: 'livemode', sandboxonly: 'sandboxonly', stagingonly: 'stagingonly', realworld: 'realworld', nonlive: 'nonprod',
  // credential compounds; prohibition compounds ("a no-no", "off-table"); "customer-facing" is production before an API noun
  accesstoken: 'apikey', accesstokens: 'apikeys', authtoken: 'apikey', authtokens: 'apikeys', bearertoken: 'apikey', bearertokens: 'apikeys',
  clientsecret: 'apikey', clientsecrets: 'apikeys', privatekey: 'apikey', privatekeys: 'apikeys', signingkey: 'apikey', signingkeys: 'apikeys',
  dotenv: 'secrets', nono: 'nogo', offtable: 'offlimits', customerfacing: 'customerfacing', userfacing: 'customerfacing',
};

/** British spellings and variants folded to one form (tokens.ts applies it to every word). */
export const SPELLING: Record<string, string> = {
  behaviour: 'behavior', behaviours: 'behaviors', authorised: 'authorized', authorise: 'authorize', authorises: 'authorizes',
  favour: 'favor', favoured: 'favored', favours: 'favors', catalogue: 'catalog', licence: 'license', minimise: 'minimize',
  prioritise: 'prioritize', recognised: 'recognized', sanitise: 'sanitize', centralised: 'centralized', labelled: 'labeled',
  cancelled: 'canceled', analyse: 'analyze', prods: 'prod', productions: 'production', creds: 'credentials', cred: 'credential',
  env: 'environment', envs: 'environments', svc: 'service', svcs: 'services', prd: 'prod', stg: 'staging', sbx: 'sandbox', utilise: 'utilize', utilised: 'utilized', utilising: 'utilizing', offence: 'offense', offences: 'offenses',
};

export const PROD = set('production prod livemode mainnet');
/** words that are production only before a fitting noun ("live key", "real API") */
export const PROD_IF_NOUN = set('live real customer customers customerfacing productive');
/** production-sense adjective words that may stand one modifier away from their noun ("real payment keys", "live Stripe key") */
export const PROD_ADJ_FAR = set('live real productive');
export const STAGING = set(`staging stage sandbox sandboxes sandboxed nonprod qa uat mock mocked fake dummy testmode stagingonly sandboxonly dev development testnet
  emulator emulators simulator stub stubbed stubs localstack`);
/** staging only before a fitting noun ("test key", "test mode") */
export const STAGING_IF_NOUN = set('test testing');
export const CRED = set(`key keys apikey apikeys credential credentials token tokens secret secrets password passwords
  pat pats jwt jwts bearer cert certs certificate certificates passphrase passphrases keypair keypairs`);
export const API = set(`api apis endpoint endpoints url urls host hosts hostname hostnames service services server servers backend backends environment environments system systems instance instances database databases db cluster clusters domain domains infrastructure infra tenant mode account accounts site gateway gateways resource resources webhook webhooks stack traffic
  tier tiers project projects namespace namespaces workspace workspaces region regions`);
/** nouns that make PROD/live an adjective of something other than API access ("production data", "production-ready") */
export const PROD_OTHER = set(`ready quality grade code build builds bundle release releases deploy deploys deployment deployments incident incidents outage outages bug bugs branch image images issue issues data logs users user customers profile dockerfile dashboard dashboards console
  runbook runbooks playbook playbooks wiki docs doc documentation readme checklist guide guides oncall rotation
  config configs configuration settings monitoring alerts alerting metrics postmortem postmortems
  seed seeds script scripts fixture fixtures tool tooling`);
/** access verbs in every form, passive participles included ("must not be called", "are not to be contacted") */
export const ACCESS = set(`call calls calling called hit hits hitting reach reaches reaching reached access accessing accessed contact contacts contacting contacted
  query queries querying queried connect connects connecting connected talk talks talking touch touches touching touched send sending sent
  point points pointing pointed target targeting targeted targets goes use uses using used run running test testing tested curl ping pinging pinged
  fetch fetching fetched post posting invoke invoking invoked go going communicate interact switch switching fall fallback revert reverting
  route routing routed direct directed aim make exercise exercised requesting requested
  replay replays replaying replayed resend resending rerun rerunning against falling fell falls
  swap swapping swapped pull pulling pulled grab grabbing grabbed
  invokes consume consumes consuming consumed poll polls polling polled probe probes probing probed scrape scraping
  crawl crawling submit submits submitting submitted dial dialing ssh execute executes executing executed utilize utilizes utilizing utilized
  leverage leveraging hammer hammering reaching interacts interacting communicating speak speaking`);
/** verbs about secret hygiene: "never commit production keys" is not the staging-keys rule */
export const HYGIENE = set(`commit committing commits committed print printing printed echo echoing echoed paste pasting pasted share sharing shared
  store storing stored push pushing pushed expose exposing exposed leak leaking leaked rotate rotating rotated hardcode hardcoding hardcoded
  log logging logged check display displayed redact redacted`);
export const NEG = set(`never not no dont doesnt didnt cannot cant mustnt shouldnt wont wouldnt isnt arent wasnt werent neednt shant
  neither nor none avoid avoids avoiding avoided refrain forbid forbids prohibit prohibits ban bans disallow disallows
  forbidden prohibited banned disallowed offlimits nogo
  bar bars preclude precludes outlaw outlaws barred verboten taboo outlawed blocked denied disabled closed excluded`);
/** negators that come after what they negate ("production access is forbidden", "prod endpoints should be avoided") */
export const POST_NEG = set(`forbidden prohibited banned disallowed offlimits nogo not never avoided isnt arent cannot cant mustnt shouldnt wont
  barred verboten taboo outlawed blocked denied disabled closed excluded`);
/** post-negators that name no access of their own ("logging is disabled"): the clause must name it ("access … is disabled",
 * "closed to agents") */
export const POST_NEG_STATE = set('blocked denied disabled closed excluded');
/** a negative predicate after a colon or dash still negates its label ("Live keys: forbidden.", "Prod APIs — never") */
export const NEG_PREDICATE = set('forbidden prohibited banned disallowed offlimits nogo not never no none avoid barred verboten taboo outlawed blocked denied disabled');
/** words whose "un-" prefix negates a requirement concept ("no request goes unlogged" = log every request) */
export const UN_PREFIXED: Record<string, string> = {
  unlogged: 'logged', unrecorded: 'recorded', unaudited: 'audited', untimed: 'timeout', unhandled: 'handled', uncaught: 'caught',
};
export const FILLER = set('ever under any circumstances circumstance at time for reason whatsoever please even once in case at all point account means');
/** "under no circumstances", "at no point", "in no case", "on no account", "by no means": emphatic, hence firm */
export const EMPHATIC_AFTER_NO = set('circumstances circumstance point time case account means condition conditions stage situation');
export const EMPHATIC_BEFORE_NO = set('under at in on by');
export const EXCEPT = set('except unless');
export const CLAUSE_BREAK = set('but however instead otherwise although though yet whereas');
export const ONLY = set('only exclusively solely stagingonly sandboxonly');
export const PERMIT = set('may can allowed allow allows ok okay fine acceptable permitted permit permits free feel fallback fall switch revert retry authorized');
/** Mood of an access verb (SG408 needs a grant or demand, not a description: "it is used in production" describes).
 * Finite auxiliaries make the clause indicative ("is", "has been", "it's" folds to "its"), unless a directive word
 * (a permission or obligation) comes first ("may be used", "are expected to use", "has to be used"). A third-person or
 * relative subject ("it runs", "which connects") marks a description too; "we"/"you" do not (house rules use them). */
export const FINITE_AUX = set('is are was were am been being has have had does did its thats theyre youre weve theyve hes shes it they he she which who');
export const DIRECTIVE = set('should must shall need needs ought expected supposed required please let lets could');
/** Inflected access verbs that are never imperatives ("connects", "used", "sent"): indicative without a directive word */
export const ACCESS_FINITE = set('sent fell');
/** words that open a new verb phrase: an auxiliary before them no longer governs the next verb */
export const MOOD_BREAK = set('if when whenever unless while because since once and or then so until before after');
export const REQUIRE = set('must always need needs needed require requires required requirement mandatory shall ensure every each all any include includes including have has wrap set add enforce apply configure give put handle use needing should expected mandated obligatory');
export const IMPERATIVE = set(`wrap set add enforce apply configure give put handle use include log record audit auditlog always never make ensure treat keep track catch bound cap attach emit write call send route point authenticate limit restrict stick time guard instrument
  retry capture check validate verify surface report confine scope provision`);
/** sentence-initial words skipped to find the imperative verb ("Strictly use …", "Just log …", "1) set …") */
export const LEAD_SKIP = set('please just simply also then so and now first always strictly only ever explicitly carefully really rule step note');
/** hedges: a rule stated as a wish */
export const HEDGE = set(`try trying tries attempt ideally preferably prefer prefers preferred preferable hopefully aim generally usually typically
  recommended recommend recommends recommending encouraged suggested suggest advisable advised consider possible feasible practical
  might could perhaps maybe probably possibly optionally rather wherever
  normally encourage encourages encouraging advise advises suggests suggesting recommendation recommendations`);
/** after "be"/"is": "it would be good to …", "it is a good idea to …" */
export const HEDGE_PRAISE = set('good nice great better best ideal helpful wise sensible preferable desirable');
/** soft modals: weak unless a firm word is also there */
export const SOFT = set('should shouldnt avoid avoids avoided avoiding ought');
export const FIRM = set('never must always only dont cannot mustnt required mandatory forbidden prohibited shall exclusively solely offlimits strictly');
export const ERROR = set('error errors failure failures exception exceptions trycatch catch fail failing fails failed non2xx 4xx 5xx rejection rejections');
/** error-handling evidence on its own: retrying with backoff, circuit breakers */
export const ERROR_TOK = set('trycatch gracefully backoff circuitbreaker');
export const ERROR_INVERT = set('swallow swallowing swallowed ignore ignoring ignored suppress suppressing hide hiding');
export const TIMEOUT = set('timeout timeouts deadline deadlines timer timers');
export const LOG = set('log logs logged logging record recorded recording auditlog trace traced tracked track');
export const AUDIT = set('audit audits audited auditing auditable auditlog trail');
export const CALL_SUBJ = set('api apis http https request requests call calls outbound outgoing external thirdparty remote network webhook webhooks fetch endpoint endpoints integration integrations egress rpc curl axios wget upstream vendor vendors leaves leave leaving');
export const LIVE_NOUNS = new Set([...CRED, ...API, 'mode', 'data', 'payments', 'money', 'stripe', 'traffic', 'one', 'ones', 'version']);
export const FUNCTION_WORDS = set('to from in on at for with the a an and or of by unless if when even ever is are was be only either');
/** prefer-type words after which "over" introduces the rejected alternative ("prefer staging over prod") */
export const PREFER = set('prefer prefers preferred preferably favor favors favored rather recommended recommend recommends suggested encouraged');
/** subjects that are the agent itself: "only agents may …" / "for agents only" is not a restriction to someone else */
export const AGENT_SUBJ = set('you we agent agents task tasks cloud codex sandbox run runs your');
/** a one-word sentence that completes the one before ("Sandbox keys. Always.", "Production APIs. Never.") */
export const ELLIPTIC_FIRM = set('always never only mandatory required forbidden prohibited banned');
/** people and machinery other than the agent ("live keys are for humans only", "reserved for the SRE team") */
export const OTHERS = set(`human humans people person engineer engineers developer developers admin admins administrator administrators staff
  operator operators maintainer maintainers sre sres ops team teams ci bot bots pipeline pipelines oncall owner owners lead leads manager managers`);
