// Recognises the four staging-only rules, weak wording and contradictions in one sentence, by meaning:
// concept lexicons (lexicon.ts), negation scope and clauses (tagging.ts), and a few bounded phrase windows.
// Everything is linear in the sentence length: per-clause flags are computed once, never rescanned per token.
import type { Span } from '../engine/types.js';
import * as L from './lexicon.js';
import { PRE_NEG, tag, type Tagged } from './tagging.js';
import { sentences, tokenize, type Token } from './tokens.js';
// lexicon sets bound locally once (namespace property reads are getters under the CJS interop: hot path)
const { ACCESS, AGENT_SUBJ, API, AUDIT, CALL_SUBJ, CLAUSE_BREAK, CRED, EMPHATIC_AFTER_NO, EMPHATIC_BEFORE_NO, ERROR, ERROR_INVERT, ERROR_TOK,
  ELLIPTIC_FIRM, EXCEPT, FIRM, HEDGE, HEDGE_PRAISE, HYGIENE, IMPERATIVE, LEAD_SKIP, LOG, ONLY, PERMIT, POST_NEG, PROD, PROD_IF_NOUN,
  REQUIRE, SOFT, STAGING, STAGING_IF_NOUN, TIMEOUT } = L;


export type RuleConcept = 'production' | 'keys' | 'errors' | 'timeout' | 'audit';
export const RULE_CONCEPTS: RuleConcept[] = ['production', 'keys', 'errors', 'timeout', 'audit'];

export interface SentenceFacts {
  span: Span;
  concepts: Set<RuleConcept>;
  /** allows or demands production access or live keys */
  contradiction: boolean;
  /** states a rule as a wish (hedge or soft modal without a firm word) */
  weak: boolean;
  /** hosts named in the sentence, and whether the sentence forbids them */
  hosts: { host: string; span: Span; forbidden: boolean }[];
  /** ERROR/TIMEOUT requirement words with no API-call subject (a follow-up sentence may inherit one) */
  orphanHalves?: Set<RuleConcept>;
}

const HANDLE = new Set(['handle', 'handles', 'handled', 'handling', 'handler', 'handlers', 'catch', 'caught', 'trycatch', 'gracefully', 'recover', 'recovers', 'check', 'checks', 'checked', 'checking', 'surface', 'report', 'deal', 'retry', 'retries']);
const RESTRICT = new Set([...ONLY, 'must', 'always', 'stick', 'restricted', 'limited', 'confined', 'prefer', 'preferably', 'should', 'strictly']);
const ALLOWANCE_SKIP = new Set(['for', 'the', 'a', 'an', 'in', 'to', 'with']);
const NAMES_ACCESS = new Set(['access', 'avoid', 'avoiding', 'avoids', 'refrain', 'away', 'keep', 'off']);
const BE = new Set(['is', 'are', 'be', 'am', 'was', 'were']);
const PRAISE_LEAD = new Set(['be', 'is', 'its', 'a', 'thats', 'seems']);
const COND = new Set(['if', 'when', 'where', 'wherever', 'whenever']);
const PERSON = new Set(['you', 'we', 'it', 'they', 'one']);
const CAN = new Set(['can', 'could']);
const CAPS_FIRM = new Set(['never', 'must', 'always', 'only', 'not', 'no']);
const CLAUSE_OPENERS = new Set([':', ';', '(', ')', '—']);
/** logged things that are not the call itself ("log API latency") */
const NOT_THE_CALL = new Set(['latency', 'latencies', 'metrics', 'metric', 'timing', 'timings', 'duration', 'durations', 'payload', 'payloads', 'body', 'bodies']);
const EXCEPTION_WINDOW = 12;

// One Map lookup per token gives every word class a sentence-level test needs (no per-sentence set scans).
const K_HYGIENE = 1, K_RESTRICT = 2, K_REQUIRE = 4, K_SOFT = 8, K_ACCESS = 16, K_ONLY = 32, K_FIRM = 64, K_NOTHING = 128, K_ANYTHING = 256, K_BUT = 512, K_RELEVANT = 1024;
const KIND = new Map<string, number>();
const addKind = (words: Iterable<string>, bit: number) => { for (const w of words) KIND.set(w, (KIND.get(w) ?? 0) | bit); };
addKind(HYGIENE, K_HYGIENE); addKind(RESTRICT, K_RESTRICT); addKind(REQUIRE, K_REQUIRE); addKind(SOFT, K_SOFT);
addKind(ACCESS, K_ACCESS); addKind(ONLY, K_ONLY); addKind(FIRM, K_FIRM);
addKind(['nothing'], K_NOTHING); addKind(['anything'], K_ANYTHING); addKind(['but'], K_BUT);
// a sentence without any of these words states no rule, no contradiction and no host: skip the analysis
addKind([...PROD, ...PROD_IF_NOUN, ...STAGING, ...STAGING_IF_NOUN, ...CALL_SUBJ, ...TIMEOUT, ...ERROR, ...ERROR_TOK], K_RELEVANT);
const NOUN_PHRASE = new Set(['or', 'and', 'one', 'ones', 'only']);
/** permissions that, negated, forbid the access they name ("Production: not allowed", "prod is not an option") */
const PERMISSION = new Set(['allowed', 'permitted', 'ok', 'okay', 'fine', 'acceptable', 'authorized', 'option', 'allow', 'permit']);
/** restrictions that, negated, lift the staging-only rule ("Tasks are not restricted to staging") */
const RESTRICTED = new Set(['restricted', 'limited', 'confined', 'only', 'exclusively', 'solely', 'bound', 'stick', 'stay', 'stays', 'remain']);
/** "the staging-only rule doesn't apply": a negated "apply" with the staging rule as subject lifts it */
const APPLY = new Set(['apply', 'applies', 'hold', 'holds']);
const RULE_NOUN = new Set(['rule', 'rules', 'restriction', 'restrictions', 'policy', 'requirement']);
/** universal subjects: "All integrations point at staging" states the restriction without "only" */
const UNIVERSAL = new Set(['all', 'every', 'each']);
/** staying verbs name the access to what follows ("Stick to staging") */
const STAY_ON = new Set(['stick', 'sticks', 'stay', 'stays', 'remain', 'remains']);
/** "must abort after 15 seconds": giving up after a duration is a timeout */
const ABORT = new Set(['abort', 'aborts', 'aborted', 'cancel', 'cancels', 'canceled', 'fail', 'fails', 'stop', 'stops']);
const DURATION_LEAD = new Set(['after', 'within', 'in']);
const TIME_UNIT = new Set(['s', 'sec', 'secs', 'second', 'seconds', 'ms', 'millisecond', 'milliseconds', 'minute', 'minutes', 'min', 'mins']);
/** where code sits: "calls go in a try/catch", "sits inside a try/except block" */
const PLACED_IN = new Set(['in', 'inside', 'within']);
/** after "log", what is logged is the error being passed on, not the call ("log and rethrow them") */
const PASS_ON = new Set(['rethrow', 'rethrows', 'reraise', 'reraises', 'throw', 'raise']);
const PRONOUN = new Set(['them', 'it', 'those']);
const MODAL_PERMIT = new Set(['may', 'can', 'allowed', 'permitted']);
/** words before "logs" that make it a thing read, not the act of logging ("read production logs") */
const LOG_NOUN_LEAD = new Set(['read', 'reading', 'view', 'tail', 'see', 'check', 'inspect', 'search', 'grep']);
const LOG_NOUN = new Set(['log', 'logs']);
/** a negated "use" makes a hygiene sentence about using the key too ("never paste, export or use a production key") */
const USE = new Set(['use', 'uses', 'using', 'load', 'loading']);
/** imperative verbs that, with a staging credential, state the keys rule ("Use dummy API tokens in tasks.") */
const USE_IMPERATIVE = new Set(['use', 'authenticate']);
/** "keep every call inside staging", "stay within the sandbox" */
const KEEP = new Set(['keep', 'keeps', 'stay', 'stays', 'remain', 'remains', 'confine', 'confined']);
/** pro-verbs that end an elliptical clause ("…; agents never do") */
const PRO_VERB = new Set(['do', 'does', 'will', 'may', 'can', 'should', 'must']);
const COND_WORDS = new Set(['if', 'when', 'whenever']);

/** Per-sentence phrase facts: hedges, emphatic negations, "is to be", imperatives (all bounded windows). */
function phrases(t: Tagged[]) {
  let hedge = false;
  let emphatic = false;
  let toBe = false;
  let imperative = false;
  let useImperative = false;
  let atClauseStart = true;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].w;
    if (t[i].punct) { if (CLAUSE_OPENERS.has(w)) atClauseStart = true; continue; }
    // "rather than" / "prefer X over Y" state a choice, not a wish; the hedge is "prefer" itself or "would rather"
    // ("aim clients at staging" points them; "aim to …" is the wish)
    if (HEDGE.has(w) && !(w === 'rather' && t[i + 1]?.w === 'than') && !(w === 'aim' && t[i + 1]?.w !== 'to' && t[i + 1]?.w !== 'for')) hedge = true;
    // "it would be good to", "it is a good idea to", "it's best to"
    if (HEDGE_PRAISE.has(w) && PRAISE_LEAD.has(t[i - 1]?.w ?? '')) hedge = true;
    // "if you can", "where we can" closing a clause
    if (COND.has(w) && PERSON.has(t[i + 1]?.w ?? '') && CAN.has(t[i + 2]?.w ?? '') && (!t[i + 3] || t[i + 3].punct)) hedge = true;
    // "under no circumstances", "at no point", "in no case", "never ever", "not ever"
    if (w === 'no' && EMPHATIC_BEFORE_NO.has(t[i - 1]?.w ?? '') && EMPHATIC_AFTER_NO.has(t[i + 1]?.w ?? '')) emphatic = true;
    if ((w === 'never' || w === 'not') && t[i + 1]?.w === 'ever') emphatic = true;
    // "are to be logged", "is never to be used"
    if (w === 'be' && t[i - 1]?.w === 'to' && (BE.has(t[i - 2]?.w ?? '') || ((t[i - 2]?.w === 'never' || t[i - 2]?.w === 'not') && BE.has(t[i - 3]?.w ?? '')))) toBe = true;
    // imperative at the start of the sentence or a clause, past adverbs and numbering ("Strictly use …", "1) set …")
    if (atClauseStart) {
      if (LEAD_SKIP.has(w) || /^\d+$/.test(w) || (w.length > 4 && w.endsWith('ly'))) continue;
      if (IMPERATIVE.has(w)) imperative = true;
      if (USE_IMPERATIVE.has(w)) useImperative = true;
      atClauseStart = false;
    }
  }
  return { hedge, emphatic, toBe, imperative, useImperative };
}

/** The words after "unless"/"except" up to the next clause break: is it a staging-only exception? */
function exceptionClause(t: Tagged[], from: number): { staging: boolean; prod: boolean; first?: Tagged } {
  let k = from;
  while (k < t.length && ALLOWANCE_SKIP.has(t[k].w)) k++;
  const first = t[k];
  let staging = false;
  let prod = false;
  let predicated = false;
  // bounded window: an exception names its target within a few words (keeps repeated "other than …" linear)
  for (let j = from; j < t.length && j < from + EXCEPTION_WINDOW; j++) {
    const x = t[j];
    if ((x.punct && x.w !== '—') || CLAUSE_BREAK.has(x.w) || EXCEPT.has(x.w)) break;
    if (x.prod && x.prod !== 'other') prod = true;
    if (!x.staging || x.staging === 'location' || x.negated) continue;
    staging = true;
    // "unless staging is down": a condition on staging, not a restriction to it ("unless it is a staging endpoint")
    let k = j + 1;
    while (k < t.length && !t[k].punct && (t[k].staging || NOUN_PHRASE.has(t[k].w) || API.has(t[k].w) || CRED.has(t[k].w))) k++;
    if (k < t.length && !t[k].punct && !CLAUSE_BREAK.has(t[k].w)) predicated = true;
    j = k - 1;
  }
  return { staging: staging && !prod && !predicated, prod, first };
}

/** "Only <someone other than the agent> may/can …" ending at the modal at i. */
function othersOnly(t: Tagged[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if (t[j].punct) return false;
    if (t[j].w === 'only') return j < i - 1 && !t.slice(j + 1, i).some((x) => AGENT_SUBJ.has(x.w));
  }
  return false;
}

/** "abort after 15 seconds", "cancel within 500 ms": a duration a few words after the verb at i. */
function durationAfter(t: Tagged[], i: number): boolean {
  for (let j = i + 1; j < t.length && j <= i + 3; j++) {
    if (!DURATION_LEAD.has(t[j].w)) continue;
    return /^\d+$/.test(t[j + 1]?.w ?? '') && TIME_UNIT.has(t[j + 2]?.w ?? '');
  }
  return false;
}

/** "calls go in a try/catch", "sits inside a try/except block": a statement of where the call sits is a requirement. */
function placedInTry(t: Tagged[]): boolean {
  for (let i = 1; i < t.length; i++) {
    if (t[i].w !== 'trycatch' || t[i].negated) continue;
    const p = t[i - 1].w === 'a' || t[i - 1].w === 'the' ? t[i - 2]?.w : t[i - 1].w;
    if (p && PLACED_IN.has(p)) return true;
  }
  return false;
}

/** A rule label: "External API calls: 10 s timeout, errors handled." (an API-call subject, then a colon). */
function ruleLabel(t: Tagged[]): boolean {
  for (let i = 0; i < t.length && i < 8; i++) {
    if (t[i].w === ':') return i > 0 && t.slice(0, i).some((x) => CALL_SUBJ.has(x.w));
    if (t[i].punct) return false;
  }
  return false;
}

/** A clause whose permission belongs to someone else and that names production ("only the deploy bot may call production"). */
function clausesHaveOthersProd(t: Tagged[], clauses: Map<number, { others: boolean }>): boolean {
  return t.some((x) => x.prod && x.prod !== 'other' && x.prod !== 'cred' && !x.negated && clauses.get(x.clause)!.others);
}

/** "production and staging", "staging or prod": a statement about both environments. */
function pairedWithStaging(t: Tagged[], i: number): boolean {
  const and = (w: string | undefined) => w === 'and' || w === 'or';
  return (and(t[i + 1]?.w) && !!t[i + 2]?.staging) || (and(t[i - 1]?.w) && !!t[i - 2]?.staging);
}

/** A negated restriction followed by staging in the same clause: "not restricted to staging", "aren't limited to sandbox APIs". */
function liftsRestriction(t: Tagged[]): boolean {
  let ruleClause = -1;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.staging && !x.negated && (x.w === 'stagingonly' || x.w === 'sandboxonly' || RULE_NOUN.has(t[i + 1]?.w ?? ''))) ruleClause = x.clause;
    if (APPLY.has(x.w) && x.negated && !x.contrast && x.clause === ruleClause) return true;
  }
  for (let i = 0; i < t.length; i++) {
    if (!RESTRICTED.has(t[i].w) || !t[i].negated || t[i].contrast) continue;
    for (let j = i + 1; j < t.length && j <= i + 4; j++) {
      if (t[j].clause !== t[i].clause) break;
      if (t[j].staging && t[j].staging !== 'location') return true;
    }
  }
  return false;
}

/** Exceptions in the sentence: restricting to staging ("nothing except staging", "unless it is a sandbox key") or allowing. */
function exceptions(t: Tagged[]): { restricts: boolean; allows: boolean } {
  let restricts = false;
  let allows = false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].w;
    const two = w + ' ' + (t[i + 1]?.w ?? '');
    if (w === 'unless') {
      if (exceptionClause(t, i + 1).staging) restricts = true;
      else allows = true;
    } else if (two === 'only if' || two === 'only when') allows = true;
    else if (w === 'except' || two === 'other than' || two === 'apart from' || two === 'save for' || two === 'but only') {
      const e = exceptionClause(t, w === 'except' ? i + 1 : i + 2);
      if (!e.first) continue;
      if (e.first.staging) { if (two !== 'save for') restricts = true; }
      else if (two !== 'but only') allows = true;
    }
  }
  return { restricts, allows };
}

/** A staging location after "keep"/"stay" a few words back, in a sentence about calls: "Keep every HTTP call inside staging". */
function keptInside(t: Tagged[]): boolean {
  for (let i = 0; i < t.length; i++) {
    if (t[i].staging !== 'location' || t[i].negated) continue;
    for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
      if (t[j].punct || t[j].clause !== t[i].clause) break;
      if (KEEP.has(t[j].w)) return true;
    }
  }
  return false;
}

/** "Only the deploy bot may call production APIs; agents never do": a clause that is the agent, a negator and a pro-verb. */
function agentNeverDoes(t: Tagged[]): boolean {
  for (let i = 2; i < t.length; i++) {
    if (!PRO_VERB.has(t[i].w) || (t[i + 1] && !t[i + 1].punct)) continue;
    if (PRE_NEG.has(t[i - 1].w) && AGENT_SUBJ.has(t[i - 2].w)) return true;
  }
  return false;
}

/** "if the URL doesn't point at staging, don't call it": a condition that negates staging, then a negated access. */
function condNotStaging(t: Tagged[]): boolean {
  let cond = -1;
  let notStaging = -1;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (COND_WORDS.has(x.w)) cond = x.clause;
    else if (x.staging && x.staging !== 'other' && x.negated && x.clause === cond) notStaging = x.clause;
    else if (notStaging >= 0 && x.clause > notStaging && x.negated && ACCESS.has(x.w)) return true;
  }
  return false;
}

export function analyzeSentence(toks: Token[], span: Span): SentenceFacts {
  let relevant = false;
  for (const x of toks) if (x.host || ((KIND.get(x.w) ?? 0) & K_RELEVANT)) { relevant = true; break; }
  if (!relevant) return { span, concepts: new Set(), contradiction: false, weak: false, hosts: [] };
  const t = tag(toks);
  let mask = 0;
  const clauses = new Map<number, { access: boolean; permit: boolean; others: boolean }>();
  let doubleNeg = false;
  let negSeen = false;
  let subject = false;
  let idAfterSubject = false;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    mask |= KIND.get(x.w) ?? 0;
    if (PRE_NEG.has(x.w)) negSeen = true;
    else if (x.w === 'without' && negSeen) doubleNeg = true;
    if (CALL_SUBJ.has(x.w)) { subject = true; if (t[i + 1]?.w === 'id' || t[i + 1]?.w === 'ids') idAfterSubject = true; }
    let c = clauses.get(x.clause);
    if (!c) clauses.set(x.clause, (c = { access: false, permit: false, others: false }));
    // "production is not for agents"
    if (x.w === 'for' && x.negated && AGENT_SUBJ.has(t[i + 1]?.w ?? '')) c.access = true;
    if (ACCESS.has(x.w) || NAMES_ACCESS.has(x.w) || (POST_NEG.has(x.w) && x.w !== 'not' && x.w !== 'never') || (x.negated && PERMISSION.has(x.w))) c.access = true;
    // "only CI may deploy to production": the permission belongs to someone else (bounded: the subject is a few words)
    if (MODAL_PERMIT.has(x.w) && othersOnly(t, i)) c.others = true;
    if ((ACCESS.has(x.w) && x.w !== 'calls') || PERMIT.has(x.w)) c.permit = true;
  }
  const has = (bit: number) => (mask & bit) !== 0;
  const p = phrases(t);
  const concepts = new Set<RuleConcept>();
  const hygiene = has(K_HYGIENE) && !t.some((x) => x.negated && USE.has(x.w));
  const ex = exceptions(t);
  const contrast = t.some((x) => x.contrast && (x.prod || x.staging));
  // restriction to staging: "only", "always", "nothing but", "except staging", a contrast, or a hedged wish of the same
  // a universal subject opening the sentence or a clause ("All integrations point at staging"), not "reset every Sunday"
  const universal = t.some((x, i) => UNIVERSAL.has(x.w) && !x.negated && (i === 0 || t[i - 1].punct));
  const restrict = has(K_RESTRICT) || universal || p.hedge || has(K_NOTHING) || (has(K_ANYTHING) && has(K_BUT)) || ex.restricts || contrast;
  // "No request goes unlogged" (a negated un- word) and "API calls: timeout, errors handled" (a rule label) are requirements too
  const required = has(K_REQUIRE) || p.imperative || p.hedge || has(K_SOFT) || doubleNeg || p.toBe || t.some((x) => (x.un && !x.negated) || x.flipped) || ruleLabel(t) || placedInTry(t);
  const prodLive = t.filter((x) => x.prod && x.prod !== 'other' && !x.negated);
  const liveApi = prodLive.some((x) => x.prod !== 'cred');
  const liveCred = prodLive.some((x) => x.prod === 'cred');

  // rule 1: never production APIs (or: only staging APIs)
  for (const x of t) {
    if (!x.prod || !x.negated || x.prod === 'other' || x.prod === 'cred') continue;
    // "avoid production" / "refrain from prod" / "prod is forbidden" name the access themselves
    if (clauses.get(x.clause)!.access || x.prod === 'api' || x.contrast) { concepts.add('production'); break; }
  }
  if (!concepts.has('production') && restrict && !liveApi) {
    const s = t.find((x) => (x.staging === 'env' || x.staging === 'api') && !x.negated);
    if (s && (has(K_ACCESS) || s.staging === 'api' || t.some((x) => STAY_ON.has(x.w)))) concepts.add('production');
  }
  if (!concepts.has('production') && !liveApi && (has(K_ACCESS) || subject) && keptInside(t)) concepts.add('production');
  // "only the deploy bot may call production; agents never do" / "if it isn't staging, don't call it"
  if (!concepts.has('production') && clausesHaveOthersProd(t, clauses) && agentNeverDoes(t)) concepts.add('production');
  if (!concepts.has('production') && condNotStaging(t)) concepts.add('production');
  // rule 2: never production keys (or: only staging keys)
  if (!hygiene && t.some((x) => x.prod === 'cred' && x.negated)) concepts.add('keys');
  if ((restrict || p.useImperative) && !liveCred && t.some((x) => x.staging === 'cred' && !x.negated) && !(hygiene && !has(K_ONLY))) concepts.add('keys');

  // rule 3 halves and rule 4 need an API-call subject and a requirement (a statement naming the audit log is one)
  const orphan = new Set<RuleConcept>();
  let auditWord = false;
  for (const x of t) if (AUDIT.has(x.w)) { auditWord = true; break; }
  if (required) {
    let handled = false;
    let errorWord = false;
    let errorTok = false;
    let timeout = false;
    const unHandled = t.some((x) => x.un && !x.negated && HANDLE.has(x.w));
    for (let i = 0; i < t.length; i++) {
      const x = t[i];
      if (HANDLE.has(x.w) && !x.negated) handled = true;
      if (ERROR_INVERT.has(x.w) && x.negated) handled = true;
      // "no unhandled errors": the error words sit inside the negation the un- word cancels
      if (ERROR.has(x.w) && (!x.negated || ERROR_INVERT.has(t[i - 1]?.w ?? '') || unHandled)) errorWord = true;
      if (ERROR_TOK.has(x.w) && !x.negated) errorTok = true;
      if (TIMEOUT.has(x.w) && !x.negated) timeout = true;
      if (ABORT.has(x.w) && !x.negated && durationAfter(t, i)) timeout = true;
    }
    for (const [c, ok] of [['errors', (handled && errorWord) || errorTok], ['timeout', timeout]] as const) {
      if (!ok) continue;
      if (subject) concepts.add(c);
      else orphan.add(c);
    }
  }
  const errorsNamed = t.some((x) => ERROR.has(x.w));
  if ((required || auditWord) && subject && (auditWord || !idAfterSubject)) {
    for (let i = 0; i < t.length; i++) {
      const x = t[i];
      if (!(LOG.has(x.w) || AUDIT.has(x.w)) || x.negated) continue;
      // "read production logs": logs as a thing to read, not the act of logging the call
      const prev = t[i - 1];
      if (prev && (((prev.prod || prev.staging) && LOG_NOUN.has(x.w)) || LOG_NOUN_LEAD.has(prev.w))) continue;
      // "log errors", "log the key": something other than the call is logged
      let other = false;
      for (let j = i + 1; j < Math.min(t.length, i + 4); j++) {
        const w = t[j].w;
        if (ERROR.has(w) || CRED.has(w) || NOT_THE_CALL.has(w) || PASS_ON.has(w) || (PRONOUN.has(w) && errorsNamed)) other = true;
      }
      if (!auditWord && other) continue;
      concepts.add('audit');
      break;
    }
  }
  const anyRule = concepts.size > 0;
  const firm = has(K_FIRM) || p.emphatic || t.some((x) => x.caps && CAPS_FIRM.has(x.w));
  const weak = anyRule && (p.hedge || (has(K_SOFT) && !firm));

  // contradiction: production access or live keys allowed or demanded
  // ("only CI may deploy to production" gives the permission to someone else; "production and staging use …" compares them)
  let contradiction = false;
  for (let i = 0; i < t.length && !contradiction; i++) {
    const x = t[i];
    if (!x.prod || x.prod === 'other' || x.negated) continue;
    const c = clauses.get(x.clause)!;
    contradiction = c.permit && !c.others && !pairedWithStaging(t, i);
  }
  // "Tasks are not restricted to staging" lifts the rule
  if (!contradiction) contradiction = liftsRestriction(t);
  if (!contradiction && ex.allows && t.some((x) => (x.prod === 'env' || x.prod === 'api' || x.prod === 'cred') && x.negated)) contradiction = true;

  const hosts = t.filter((x) => x.host).map((x) => ({ host: x.host!, span: { start: x.start, end: x.end }, forbidden: x.negated }));
  return { span, concepts, contradiction, weak, hosts, orphanHalves: orphan.size ? orphan : undefined };
}

/** Facts for every sentence of a prose block; a sentence may inherit the API-call subject of the one before. */
export function analyzeProse(text: string, base = 0): SentenceFacts[] {
  const out: SentenceFacts[] = [];
  let subjectSeen = false;
  let prevToks: Token[] = [];
  for (const s of sentences(text, base)) {
    const toks = tokenize(text.slice(s.start - base, s.end - base), s.start);
    const words = toks.length <= 3 && out.length ? toks.filter((x) => !x.punct) : undefined;
    if (words && words.length === 1 && ELLIPTIC_FIRM.has(words[0].w) && prevToks.length) {
      // "Sandbox keys. Always.": the one-word sentence completes the one before (re-read together, reported on both)
      const prev = out[out.length - 1];
      const joined = analyzeSentence([...prevToks, ...words], { start: prev.span.start, end: s.end });
      if (joined.concepts.size || joined.contradiction) { out[out.length - 1] = joined; prevToks = []; continue; }
    }
    prevToks = toks;
    const f = analyzeSentence(toks, s);
    if (f.orphanHalves && subjectSeen) for (const c of f.orphanHalves) f.concepts.add(c);
    if (toks.some((x) => CALL_SUBJ.has(x.w))) subjectSeen = true;
    out.push(f);
  }
  return out;
}

/** The union over a prose block: what the corpus test and hovers use. */
export function recognize(text: string): { concepts: Set<RuleConcept>; contradiction: boolean; weak: boolean } {
  const facts = analyzeProse(text);
  const concepts = new Set<RuleConcept>();
  for (const f of facts) for (const c of f.concepts) concepts.add(c);
  return { concepts, contradiction: facts.some((f) => f.contradiction), weak: facts.some((f) => f.weak) };
}
