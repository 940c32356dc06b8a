// Bounded phrase windows over a tagged sentence (hedges, exceptions, "only <others> may", durations, try/catch placement,
// lifted restrictions, "keep … inside staging"...) and the small word sets they use. Every window looks at most a
// constant number of tokens around its anchor, so recognize.ts stays linear in the sentence length.
import * as L from './lexicon.js';
import { PRE_NEG, type Tagged } from './tagging.js';
// lexicon sets bound locally once (namespace property reads are getters under the CJS interop: hot path)
const { ACCESS, AGENT_SUBJ, API, CALL_SUBJ, CLAUSE_BREAK, CRED, EMPHATIC_AFTER_NO, EMPHATIC_BEFORE_NO, EXCEPT, HEDGE,
  HEDGE_PRAISE, IMPERATIVE, LEAD_SKIP, ONLY, OTHERS, POST_NEG_STATE } = L;

export const HANDLE = new Set(['handle', 'handles', 'handled', 'handling', 'handler', 'handlers', 'catch', 'caught', 'trycatch', 'gracefully', 'recover', 'recovers', 'check', 'checks', 'checked', 'checking', 'surface', 'report', 'deal', 'retry', 'retries']);
export const RESTRICT = new Set([...ONLY, 'must', 'always', 'stick', 'restricted', 'limited', 'confined', 'prefer', 'preferably', 'should', 'strictly',
  // "restrict/limit/confine/scope X to staging", "pinned/locked to the sandbox"
  'restrict', 'restricts', 'limit', 'limits', 'confine', 'confines', 'scope', 'scoped', 'scopes', 'pinned', 'locked']);
export const ALLOWANCE_SKIP = new Set(['for', 'the', 'a', 'an', 'in', 'to', 'with']);
export const NAMES_ACCESS = new Set(['access', 'avoid', 'avoiding', 'avoids', 'refrain', 'away', 'keep', 'off', 'clear', 'request', 'requests']);
export const BE = new Set(['is', 'are', 'be', 'am', 'was', 'were']);
export const PRAISE_LEAD = new Set(['be', 'is', 'are', 'its', 'a', 'thats', 'seems']);
export const COND = new Set(['if', 'when', 'where', 'wherever', 'whenever']);
export const PERSON = new Set(['you', 'we', 'it', 'they', 'one']);
export const CAN = new Set(['can', 'could']);
export const CAPS_FIRM = new Set(['never', 'must', 'always', 'only', 'not', 'no']);
export const CLAUSE_OPENERS = new Set([':', ';', '(', ')', '—']);
/** logged things that are not the call itself ("log API latency") */
export const NOT_THE_CALL = new Set(['latency', 'latencies', 'metrics', 'metric', 'timing', 'timings', 'duration', 'durations', 'payload', 'payloads', 'body', 'bodies']);
export const EXCEPTION_WINDOW = 12;
export const NOUN_PHRASE = new Set(['or', 'and', 'one', 'ones', 'only']);
/** permissions that, negated, forbid the access they name ("Production: not allowed", "prod is not an option") */
export const PERMISSION = new Set(['allowed', 'permitted', 'ok', 'okay', 'fine', 'acceptable', 'authorized', 'option', 'allow', 'permit']);
/** restrictions that, negated, lift the staging-only rule ("Tasks are not restricted to staging") */
export const RESTRICTED = new Set(['restricted', 'limited', 'confined', 'only', 'exclusively', 'solely', 'bound', 'stick', 'stay', 'stays', 'remain']);
/** "the staging-only rule doesn't apply": a negated "apply" with the staging rule as subject lifts it */
export const APPLY = new Set(['apply', 'applies', 'hold', 'holds']);
export const RULE_NOUN = new Set(['rule', 'rules', 'restriction', 'restrictions', 'policy', 'requirement']);
/** universal subjects: "All integrations point at staging" states the restriction without "only" */
export const UNIVERSAL = new Set(['all', 'every', 'each']);
/** staying verbs name the access to what follows ("Stick to staging") */
export const STAY_ON = new Set(['stick', 'sticks', 'stay', 'stays', 'remain', 'remains']);
/** "must abort after 15 seconds": giving up after a duration is a timeout */
export const ABORT = new Set(['abort', 'aborts', 'aborted', 'cancel', 'cancels', 'canceled', 'fail', 'fails', 'stop', 'stops']);
export const DURATION_LEAD = new Set(['after', 'within', 'in']);
export const TIME_UNIT = new Set(['s', 'sec', 'secs', 'second', 'seconds', 'ms', 'millisecond', 'milliseconds', 'minute', 'minutes', 'min', 'mins']);
/** where code sits: "calls go in a try/catch", "sits inside a try/except block" */
export const PLACED_IN = new Set(['in', 'inside', 'within']);
/** after "log", what is logged is the error being passed on, not the call ("log and rethrow them") */
export const PASS_ON = new Set(['rethrow', 'rethrows', 'reraise', 'reraises', 'throw', 'raise']);
export const PRONOUN = new Set(['them', 'it', 'those']);
export const MODAL_PERMIT = new Set(['may', 'can', 'allowed', 'permitted']);
/** words before "logs" that make it a thing read, not the act of logging ("read production logs") */
export const LOG_NOUN_LEAD = new Set(['read', 'reading', 'view', 'tail', 'see', 'check', 'inspect', 'search', 'grep']);
export const LOG_NOUN = new Set(['log', 'logs']);
/** a negated "use" makes a hygiene sentence about using the key too ("never paste, export or use a production key") */
export const USE = new Set(['use', 'uses', 'using', 'load', 'loading']);
/** imperative verbs that, with a staging credential, state the keys rule ("Use dummy API tokens in tasks.") */
export const USE_IMPERATIVE = new Set(['use', 'authenticate', 'configure', 'provision', 'supply', 'equip', 'load', 'inject', 'give', 'hand', 'issue']);
/** "keep every call inside staging", "stay within the sandbox" */
export const KEEP = new Set(['keep', 'keeps', 'stay', 'stays', 'remain', 'remains', 'confine', 'confined']);
/** pro-verbs that end an elliptical clause ("…; agents never do") */
const NEG_MODAL = new Set(['cannot', 'cant', 'wont', 'mustnt', 'shouldnt', 'dont', 'doesnt', 'shant']);
export const PRO_VERB = new Set(['do', 'does', 'will', 'may', 'can', 'should', 'must']);
export const COND_WORDS = new Set(['if', 'when', 'whenever']);

/** Per-sentence phrase facts: hedges, emphatic negations, "is to be", imperatives (all bounded windows). */
export function phrases(t: Tagged[]) {
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
export function exceptionClause(t: Tagged[], from: number): { staging: boolean; prod: boolean; first?: Tagged } {
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

/** "Humans can use live keys", "the SRE team may call prod": a clause whose subject is someone other than the agent. */
export function othersSubject(t: Tagged[], i: number): boolean {
  let other = false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    if (t[j].punct) break;
    if (AGENT_SUBJ.has(t[j].w)) return false;
    if (OTHERS.has(t[j].w)) other = true;
  }
  return other;
}

/** "access … is disabled" names access; "logging is disabled" does not. A state post-negator names it only before
 * "to/for <agents>" or "by policy/default" (bounded: three words). */
export function stateNamesAccess(t: Tagged[], i: number): boolean {
  if (!POST_NEG_STATE.has(t[i].w)) return true;
  const a = t[i + 1]?.w;
  const b = t[i + 2]?.w === 'the' || t[i + 2]?.w === 'all' ? t[i + 3]?.w : t[i + 2]?.w;
  return ((a === 'to' || a === 'for') && AGENT_SUBJ.has(b ?? '')) || (a === 'by' && (b === 'policy' || b === 'default'));
}

/** "Ask a human …", "Escalate to on-call if …": the sentence defers to someone else, it grants nothing. */
export const DEFER = new Set(['ask', 'escalate', 'consult']);

/** "wait forever", "hang indefinitely" under a negation: a timeout stated by its absence. */
const WAIT = new Set(['wait', 'waits', 'hang', 'hangs', 'block', 'blocks', 'stall', 'stalls', 'run', 'runs', 'sit', 'sits', 'spin']);
export function waitsForever(t: Tagged[], i: number): boolean {
  return (t[i].w === 'forever' || t[i].w === 'indefinitely') && t[i].negated && WAIT.has(t[i - 1]?.w ?? '');
}

/** "Only <someone other than the agent> may/can …" ending at the modal at i. */
export function othersOnly(t: Tagged[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if (t[j].punct) return false;
    if (t[j].w === 'only') return j < i - 1 && !t.slice(j + 1, i).some((x) => AGENT_SUBJ.has(x.w));
  }
  return false;
}

/** "abort after 15 seconds", "cancel within 500 ms": a duration a few words after the verb at i. */
export function durationAfter(t: Tagged[], i: number): boolean {
  for (let j = i + 1; j < t.length && j <= i + 3; j++) {
    if (!DURATION_LEAD.has(t[j].w)) continue;
    const n = t[j + 1]?.w ?? '';
    return (/^\d+$/.test(n) && TIME_UNIT.has(t[j + 2]?.w ?? '')) || /^\d+(ms|s|sec|secs|m|min|mins)$/.test(n);
  }
  return false;
}

/** "calls go in a try/catch", "sits inside a try/except block": a statement of where the call sits is a requirement. */
export function placedInTry(t: Tagged[]): boolean {
  for (let i = 1; i < t.length; i++) {
    if (t[i].w !== 'trycatch' || t[i].negated) continue;
    const p = t[i - 1].w === 'a' || t[i - 1].w === 'the' ? t[i - 2]?.w : t[i - 1].w;
    if (p && PLACED_IN.has(p)) return true;
  }
  return false;
}

/** A rule label: "External API calls: 10 s timeout, errors handled." (an API-call subject, then a colon). */
export function ruleLabel(t: Tagged[]): boolean {
  for (let i = 0; i < t.length && i < 8; i++) {
    if (t[i].w === ':') return i > 0 && t.slice(0, i).some((x) => CALL_SUBJ.has(x.w));
    if (t[i].punct) return false;
  }
  return false;
}

/** A clause whose permission belongs to someone else and that names production ("only the deploy bot may call production"). */
export function clausesHaveOthersProd(t: Tagged[], clauses: Map<number, { others: boolean }>): boolean {
  return t.some((x) => x.prod && x.prod !== 'other' && x.prod !== 'cred' && !x.negated && clauses.get(x.clause)!.others);
}

/** "production and staging", "staging or prod": a statement about both environments. */
export function pairedWithStaging(t: Tagged[], i: number): boolean {
  const and = (w: string | undefined) => w === 'and' || w === 'or';
  return (and(t[i + 1]?.w) && !!t[i + 2]?.staging) || (and(t[i - 1]?.w) && !!t[i - 2]?.staging);
}

/** A negated restriction followed by staging in the same clause: "not restricted to staging", "aren't limited to sandbox APIs". */
export function liftsRestriction(t: Tagged[]): boolean {
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
export function exceptions(t: Tagged[]): { restricts: boolean; allows: boolean } {
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
export function keptInside(t: Tagged[]): boolean {
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
export function agentNeverDoes(t: Tagged[]): boolean {
  for (let i = 2; i < t.length; i++) {
    if (!PRO_VERB.has(t[i].w) || (t[i + 1] && !t[i + 1].punct)) continue;
    if (PRE_NEG.has(t[i - 1].w) && AGENT_SUBJ.has(t[i - 2].w)) return true;
  }
  // "…; agents cannot." / "tasks won't": a negated modal in one word
  for (let i = 1; i < t.length; i++) {
    if (!NEG_MODAL.has(t[i].w) || (t[i + 1] && !t[i + 1].punct)) continue;
    if (AGENT_SUBJ.has(t[i - 1].w)) return true;
  }
  // "…; tasks may not."
  for (let i = 2; i < t.length; i++) {
    if ((t[i].w !== 'not' && t[i].w !== 'never') || (t[i + 1] && !t[i + 1].punct)) continue;
    if (PRO_VERB.has(t[i - 1].w) && AGENT_SUBJ.has(t[i - 2].w)) return true;
  }
  return false;
}

/** "if the URL doesn't point at staging, don't call it": a condition that negates staging, then a negated access. */
export function condNotStaging(t: Tagged[]): boolean {
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

