// Tags a sentence's tokens: negation scope, clause index, and the sense of production/staging words.
// One left-to-right pass plus one right-to-left pass for predicate negation; every window is bounded (linear time).
import * as L from './lexicon.js';
import type { Token } from './tokens.js';
// lexicon sets bound locally once (namespace property reads are getters under the CJS interop: hot path)
const { AGENT_SUBJ, API, CLAUSE_BREAK, CRED, EXCEPT, FILLER, FUNCTION_WORDS, LIVE_NOUNS, NEG, NEG_PREDICATE, POST_NEG, PREFER, PROD, PROD_ADJ_FAR,
  OTHERS, PROD_IF_NOUN, PROD_OTHER, STAGING, STAGING_IF_NOUN } = L;

export type Sense = 'env' | 'api' | 'cred' | 'other' | 'location';
export interface Tagged extends Token {
  negated: boolean;
  clause: number;
  prod?: Sense;
  staging?: Sense;
  /** negated by a contrast ("instead of", "rather than", "prefer X over Y") rather than by a negator */
  contrast?: boolean;
  /** negated by "without" */
  byWithout?: boolean;
  /** a "without" negation cancelled by a negative predicate ("a request without a timeout is a bug"): a requirement */
  flipped?: boolean;
}

const POST_ONLY = new Set(['forbidden', 'prohibited', 'banned', 'disallowed', 'offlimits', 'nogo', 'avoided', 'barred', 'verboten', 'taboo', 'outlawed',
  'blocked', 'denied', 'disabled', 'closed', 'excluded']);
/** post-negators that also negate forward before "to"/"from" ("barred from contacting prod", "forbidden to query live data") */
const FORWARD_POST = new Set(['forbidden', 'prohibited', 'banned', 'disallowed', 'barred', 'blocked', 'excluded', 'outlawed']);
const TO_FROM = new Set(['to', 'from']);
/** a negative predicate may name its place after a preposition ("Production API: never from a sandbox task") */
const PRED_PREP = new Set(['from', 'in', 'inside', 'within', 'for', 'on', 'by', 'at', 'during']);
export const PRE_NEG = new Set([...NEG].filter((w) => !POST_ONLY.has(w)));
const LOCATION = new Set(['from', 'in', 'inside', 'within']);
const NEW_CLAUSE_MODAL = new Set(['always', 'only', 'must', 'should', 'never', 'instead']);
/** words that open a purpose or result clause after "so" ("so that", "so the release …", "so nobody …"), not "and so on" / "do so" */
const SO_CLAUSE = new Set(['that', 'the', 'a', 'an', 'we', 'you', 'it', 'its', 'they', 'nobody', 'no', 'nothing', 'our', 'your', 'their', 'this', 'everyone', 'people']);

const ACCESS_PAPERWORK = new Set(['request', 'requests', 'approval', 'approvals', 'ticket', 'tickets', 'form', 'forms', 'review', 'reviews']);
const CRED_STORE = new Set(['vault', 'vaults', 'keychain', 'keystore', 'keyring']);
/** reading verbs: "read the production postmortems" names a document, not an environment to access */
const READ_VERB = new Set(['read', 'reread', 'review', 'consult', 'study', 'skim']);
/** "stay out", "keep … out/off/away": the subject is kept out of what follows */
const STAY = new Set(['stay', 'stays', 'remain', 'remains', 'keep', 'keeps', 'kept', 'steer', 'steers']);

const isContent = (t: Token) => !t.punct && !FILLER.has(t.w);

const COORD = new Set(['or', 'and', ',', '/']);
/** A production or staging modifier that may be coordinated with another before their shared noun. */
function envModifier(w: string | undefined): boolean {
  return !!w && (STAGING.has(w) || STAGING_IF_NOUN.has(w) || PROD.has(w) || PROD_ADJ_FAR.has(w));
}

/** Sense of a production/staging word from the words after it ("production keys" = cred, "production-ready" = other). */
function senseAt(toks: Token[], i: number, hasCred: boolean): Sense {
  // "production access requests go through the portal": a request for access, not access
  if (toks[i + 1]?.w === 'access' && ACCESS_PAPERWORK.has(toks[i + 2]?.w ?? '')) return 'other';
  // "the staging vault": where credentials are kept
  if (CRED_STORE.has(toks[i + 1]?.w ?? '')) return 'cred';
  let api = false;
  let limit = i + 3;
  for (let j = i + 1; j <= Math.min(toks.length - 1, limit); j++) {
    const t = toks[j];
    // "staging or sandbox API keys", "staging, sandbox or test keys": the noun after the coordinated modifiers decides
    if (COORD.has(t.w) && envModifier(toks[j + 1]?.w) && limit < i + 9) { limit += 2; continue; }
    if (t.punct || FUNCTION_WORDS.has(t.w)) break;
    if (CRED.has(t.w)) return 'cred';
    if ((t.w === 'one' || t.w === 'ones') && hasCred) return 'cred';
    if (j === i + 1 && PROD_OTHER.has(t.w)) return 'other';
    if (API.has(t.w)) api = true;
    else if (api) break;
  }
  if (api) return 'api';
  // a label before a colon names the kind: "Credentials: staging only", "Endpoints — sandbox only"
  if (toks[i - 1]?.w === ':' || toks[i - 1]?.w === '—') {
    for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
      if (toks[j].punct) break;
      if (CRED.has(toks[j].w)) return 'cred';
      if (API.has(toks[j].w)) return 'api';
    }
  }
  // "keys for production", "credentials from prod"
  const prev = toks[i - 1]?.w;
  if (prev === 'for' || prev === 'from' || prev === 'of') {
    for (let j = i - 2; j >= Math.max(0, i - 3); j--) {
      if (toks[j].punct) break;
      if (CRED.has(toks[j].w)) return 'cred';
    }
  }
  return 'env';
}

/** The next word token, looking past at most a few punctuation tokens. */
function nextWord(toks: Token[], i: number): Token | undefined {
  for (let j = i + 1; j < toks.length && j <= i + 4; j++) if (!toks[j].punct) return toks[j];
  return undefined;
}

/** Word that starts a contrast whose far side is rejected: "instead of X", "rather than X", "in place of X". */
function contrastAt(toks: Token[], i: number): boolean {
  const a = toks[i].w;
  const b = toks[i + 1]?.w;
  return (a === 'instead' && b === 'of') || (a === 'rather' && b === 'than') || (a === 'place' && b === 'of' && toks[i - 1]?.w === 'in');
}

/** A colon or dash that only introduces a negative predicate ("Live keys: forbidden.", "Prod APIs — never"): same clause. */
function negPredicateAfter(toks: Token[], i: number): boolean {
  const w = toks[i].w;
  if (w !== ':' && w !== '—') return false;
  const a = toks[i + 1];
  if (!a || a.punct || !NEG_PREDICATE.has(a.w)) return false;
  if (PRED_PREP.has(toks[i + 2]?.w ?? '')) return true;
  // the predicate ends the sentence or its clause within a couple of words ("never.", "not allowed", "strictly forbidden")
  for (let j = i + 2; j < toks.length && j <= i + 3; j++) if (toks[j].punct) return true;
  return toks.length <= i + 3;
}

/** "live"/"real"/"customer" before a fitting noun, possibly one modifier away ("real payment keys", "live Stripe key"). */
function prodAdjective(toks: Token[], i: number): boolean {
  const t = toks[i].w;
  const a = nextWord(toks, i);
  if (!a) return false;
  const fits = (w: string) => (t === 'customer' || t === 'customers') ? API.has(w) || w === 'data' : LIVE_NOUNS.has(w) && !(t === 'real' && !CRED.has(w) && !API.has(w));
  if (fits(a.w)) return true;
  if (!PROD_ADJ_FAR.has(t) || toks[i + 1] !== a || FUNCTION_WORDS.has(a.w)) return false;
  const b = toks[i + 2];
  return !!b && !b.punct && (CRED.has(b.w) || API.has(b.w));
}

/** "keep prod traffic out (of …)", "stay away from prod", "stay out of production": a bounded look-ahead. */
function keepsOut(toks: Token[], i: number): boolean {
  const w = toks[i].w;
  const b = toks[i + 1]?.w;
  if ((w === 'away' && b === 'from') || (w === 'out' && b === 'of' && toks[i - 1]?.w === 'stay')) return true;
  // "stay off production"
  if ((w === 'off' || (w === 'clear' && b === 'of')) && STAY.has(toks[i - 1]?.w ?? '')) return true;
  if (w !== 'keep') return false;
  for (let j = i + 2; j < toks.length && j <= i + 5; j++) {
    if (toks[j].punct) return false;
    if (toks[j].w === 'out' || toks[j].w === 'away' || toks[j].w === 'off') return true;
  }
  return false;
}

/** A production/staging word at i, or after an article ("to the prod API"). */
function envWord(toks: Token[], i: number): boolean {
  const w = toks[i]?.w === 'the' ? toks[i + 1]?.w : toks[i]?.w;
  return w !== undefined && (PROD.has(w) || PROD_IF_NOUN.has(w) || STAGING.has(w) || STAGING_IF_NOUN.has(w));
}

/** A bracket of a short aside ("production (`api.example.com`) is forbidden"): not a clause break. Bounded look-around. */
function shortAside(toks: Token[], i: number): boolean {
  const w = toks[i].w;
  if (w === '(') { for (let j = i + 1; j < toks.length && j <= i + ASIDE_MAX; j++) if (toks[j].w === ')') return true; else if (toks[j].punct) return false; }
  if (w === ')') { for (let j = i - 1; j >= 0 && j >= i - ASIDE_MAX; j--) if (toks[j].w === '(') return true; else if (toks[j].punct) return false; }
  return false;
}
const ASIDE_MAX = 8;
const LIST_AND = new Set(['or', 'and', 'nor', ',']);

/** "for humans only", "reserved for the SRE team": the thing belongs to someone other than the agent (bounded window). */
function forOthers(toks: Token[], i: number): boolean {
  const w = toks[i].w;
  if (w === 'reserved' && toks[i + 1]?.w === 'for') {
    for (let j = i + 2; j < toks.length && j <= i + 4; j++) { if (toks[j].punct || AGENT_SUBJ.has(toks[j].w)) return false; if (OTHERS.has(toks[j].w)) return true; }
    return false;
  }
  if (w !== 'only') return false;
  let other = false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const x = toks[j];
    if (x.punct || AGENT_SUBJ.has(x.w)) return false;
    if (x.w === 'for') return other;
    if (OTHERS.has(x.w)) other = true;
  }
  return false;
}

const BE = new Set(['is', 'are', 'was', 'be']);
const NEG_NOUN = new Set(['bug', 'bugs', 'defect', 'defects', 'mistake', 'mistakes', 'violation', 'violations', 'incident', 'offense', 'offenses', 'nonstarter', 'dealbreaker']);
/** Negative predicates of more than one word: "must stay out (of …)", "have no place/business", "is a bug". */
function postNegPhrase(t: Tagged[], i: number): boolean {
  const w = t[i].w;
  const p1 = t[i - 1]?.w ?? '';
  if (w === 'out' && STAY.has(p1)) return true;
  if ((w === 'place' || w === 'business') && p1 === 'no') return true;
  if (!NEG_NOUN.has(w)) return false;
  // "is a bug", "is a security incident" (one modifier), "are bugs"
  const article = (k: number) => t[k]?.w === 'a' || t[k]?.w === 'an';
  if (BE.has(p1) || (article(i - 1) && BE.has(t[i - 2]?.w ?? ''))) return true;
  return !t[i - 1].punct && !FUNCTION_WORDS.has(p1) && ((article(i - 2) && BE.has(t[i - 3]?.w ?? '')) || BE.has(t[i - 2]?.w ?? ''));
}

export function tag(toks: Token[]): Tagged[] {
  let hasCred = false;
  for (const t of toks) if (CRED.has(t.w)) { hasCred = true; break; }
  const out: Tagged[] = [];
  let clause = 0;
  let depth = 0; // negation depth: 1 = negated, 2 = "never ... without" (positive again)
  let content = 0;
  let preferSeen = false;
  let contrast = false;
  let aside = false; // "Never, not even when …, fall back": the negation resumes after the aside
  let nothing = false; // "nothing … unlogged" in this clause
  let withoutNeg = false; // the current negation comes from "without"
  const othersClauses = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const x: Tagged = { ...t, negated: false, clause };
    if (t.punct && shortAside(toks, i)) { x.negated = depth === 1; out.push(x); continue; }
    // "never paste, export or use X" (also "copy, paste, or load"): a comma between single-word list items keeps the negation
    if (t.w === ',' && depth === 1 && content <= 1 && !contrast && toks[i + 1] && !toks[i + 1].punct && (LIST_AND.has(toks[i + 2]?.w ?? '') || LIST_AND.has(toks[i + 1].w))) { content = 0; out.push(x); continue; }
    if (t.w === ',' && depth === 1 && content === 0 && PRE_NEG.has(toks[i - 1]?.w ?? '')) aside = true;
    const exceptWord = EXCEPT.has(t.w) || (t.w === 'than' && toks[i - 1]?.w === 'other') || (t.w === 'from' && toks[i - 1]?.w === 'apart');
    // "never call prod and always use sandbox keys": a coordinated clause with its own modal ends the negation
    const coordinated = (t.w === 'and' || t.w === 'or') && NEW_CLAUSE_MODAL.has(toks[i + 1]?.w ?? '');
    // "rerun it against production so the release isn't blocked": a purpose clause keeps its negation to itself
    const purpose = t.w === 'so' && SO_CLAUSE.has(toks[i + 1]?.w ?? '');
    if ((t.punct && !negPredicateAfter(toks, i)) || CLAUSE_BREAK.has(t.w) || exceptWord || coordinated || purpose) {
      const hard = t.w === ';' || CLAUSE_BREAK.has(t.w) || exceptWord || coordinated || purpose;
      if (hard || content > 0) {
        depth = aside && !hard && t.w === ',' ? 1 : 0;
        if (depth === 0 || t.w === ',') aside = false;
        content = 0; contrast = false; nothing = false;
      }
      x.clause = ++clause;
      // "instead of production": the far side of the contrast is rejected
      if (contrastAt(toks, i)) { depth = 1; contrast = true; }
      out.push(x);
      continue;
    }
    if (PREFER.has(t.w)) preferSeen = true;
    if (t.w === 'nothing' || t.w === 'nobody') nothing = true;
    if (forOthers(toks, i)) othersClauses.add(clause);
    // "with no deadline" is "without a deadline"
    const forward = FORWARD_POST.has(t.w) && TO_FROM.has(toks[i + 1]?.w ?? '');
    if ((PRE_NEG.has(t.w) && !(t.w === 'no' && toks[i - 1]?.w === 'with')) || keepsOut(toks, i) || forward) { if (depth === 0) withoutNeg = false; depth = depth === 0 ? 1 : depth; content = 0; }
    else if (t.w === 'without' || (t.w === 'no' && toks[i - 1]?.w === 'with')) { withoutNeg = depth === 0; depth = depth === 1 ? 2 : 1; content = 0; }
    else if ((preferSeen && (t.w === 'over' || (t.w === 'to' && envWord(toks, i + 1)))) || contrastAt(toks, i)) { depth = 1; content = 0; contrast = true; }
    else if (isContent(t)) content++;
    // elliptical negation: "call staging, never prod" / "staging keys, not live ones"
    if ((t.w === 'not' || t.w === 'never') && (toks[i - 1]?.w === ',' || toks[i - 1]?.w === '—')) contrast = true;
    // "…; never the production one": a verbless contrast after a semicolon
    if ((t.w === 'not' || t.w === 'never') && toks[i - 1]?.w === ';' && (toks[i + 1]?.w === 'the' || PROD.has(toks[i + 1]?.w ?? ''))) contrast = true;
    x.negated = depth === 1;
    if (x.negated && withoutNeg) x.byWithout = true;
    // "no request goes unlogged": the un- prefix is a second negation
    if (t.un) x.negated = !(x.negated || nothing);
    if (x.negated && contrast) x.contrast = true;
    const nxt = nextWord(toks, i);
    if (PROD.has(t.w)) {
      x.prod = senseAt(toks, i, hasCred);
      if (x.prod === 'env' && (READ_VERB.has(toks[i - 1]?.w ?? '') || (toks[i - 1]?.w === 'the' && READ_VERB.has(toks[i - 2]?.w ?? '')))) x.prod = 'other';
    }
    else if (PROD_IF_NOUN.has(t.w)) {
      const prev = toks[i - 1]?.w;
      if (prodAdjective(toks, i)) x.prod = t.w === 'customer' || t.w === 'customers' ? 'env' : senseAt(toks, i, hasCred);
      else if (t.w === 'live' && (prev === 'against' || prev === 'to' || prev === 'on') && (!nxt || FUNCTION_WORDS.has(nxt.w))) x.prod = 'env';
    }
    if (STAGING.has(t.w) || (STAGING_IF_NOUN.has(t.w) && nxt && (CRED.has(nxt.w) || API.has(nxt.w) || nxt.w === 'stripe'))) {
      const p1 = toks[i - 1]?.w;
      const p2 = toks[i - 2]?.w;
      const sense = senseAt(toks, i, hasCred);
      x.staging = sense !== 'cred' && ((p1 && LOCATION.has(p1)) || (p1 === 'the' && p2 && LOCATION.has(p2))) ? 'location' : sense;
    }
    out.push(x);
  }
  // predicate negation: "production access is forbidden", "live keys must not be used" (right-to-left, per clause)
  let postNegClause = -1;
  for (let i = out.length - 1; i >= 0; i--) {
    const x = out[i];
    if (POST_NEG.has(x.w) || postNegPhrase(out, i)) { postNegClause = x.clause; continue; }
    if (othersClauses.has(x.clause) && x.prod && !x.negated) { x.negated = true; continue; }
    if (postNegClause !== x.clause) continue;
    if (x.byWithout && x.negated) { x.negated = false; x.flipped = true; continue; }
    if (x.un) x.negated = !x.negated;
    else if (!x.negated && (x.prod || x.staging || x.host)) x.negated = true;
  }
  return out;
}
