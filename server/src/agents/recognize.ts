// Recognises the four staging-only rules, weak wording and contradictions in one sentence, by meaning:
// concept lexicons (lexicon.ts) plus windowed co-occurrence and negation scope within the sentence.
import type { Span } from '../engine/types.js';
import * as L from './lexicon.js';
import { sentences, tokenize, type Token } from './tokens.js';

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

type Sense = 'env' | 'api' | 'cred' | 'other' | 'location';
interface Tagged extends Token {
  negated: boolean;
  clause: number;
  prod?: Sense;
  staging?: Sense;
}

const isContent = (t: Token) => !t.punct && !L.FILLER.has(t.w);
const PRE_NEG = new Set([...L.NEG].filter((w) => !['forbidden', 'prohibited', 'banned', 'disallowed', 'offlimits', 'nogo'].includes(w)));
const HANDLE = new Set(['handle', 'handles', 'handled', 'handling', 'catch', 'trycatch', 'gracefully', 'recover', 'recovers', 'check', 'checks', 'checked', 'checking', 'surface', 'report', 'deal', 'retry', 'retries']);
const RESTRICT = new Set([...L.ONLY, 'must', 'always', 'stick', 'restricted', 'limited', 'confined', 'prefer', 'preferably', 'should']);
const ALLOWANCE_SKIP = new Set(['for', 'the', 'a', 'an', 'in', 'to', 'with']);

/** Sense of a production/staging word from the words after it ("production keys" = cred, "production-ready" = other). */
function senseAt(toks: Token[], i: number, hasCred: boolean): Sense {
  let api = false;
  for (let j = i + 1; j <= Math.min(toks.length - 1, i + 3); j++) {
    const t = toks[j];
    if (t.punct || L.FUNCTION_WORDS.has(t.w)) break;
    if (L.CRED.has(t.w)) return 'cred';
    if ((t.w === 'one' || t.w === 'ones') && hasCred) return 'cred';
    if (j === i + 1 && L.PROD_OTHER.has(t.w)) return 'other';
    if (L.API.has(t.w)) api = true;
    else if (api) break;
  }
  if (api) return 'api';
  // "keys for production", "credentials from prod"
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (toks[j].punct) break;
    if (L.CRED.has(toks[j].w) && ['for', 'from', 'of'].includes(toks[i - 1].w)) return 'cred';
  }
  return 'env';
}

function nextContent(toks: Token[], i: number): Token | undefined {
  for (let j = i + 1; j < toks.length; j++) if (!toks[j].punct) return toks[j];
  return undefined;
}

function tag(toks: Token[]): Tagged[] {
  const hasCred = toks.some((t) => L.CRED.has(t.w));
  const out: Tagged[] = [];
  let clause = 0;
  let depth = 0; // negation depth: 1 = negated, 2 = "never ... without" (positive again)
  let content = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const x: Tagged = { ...t, negated: false, clause };
    const exceptWord = L.EXCEPT.has(t.w) || (t.w === 'than' && toks[i - 1]?.w === 'other') || (t.w === 'from' && toks[i - 1]?.w === 'apart');
    if (t.punct || L.CLAUSE_BREAK.has(t.w) || exceptWord) {
      const hard = t.w === ';' || L.CLAUSE_BREAK.has(t.w) || exceptWord;
      if (hard || content > 0) { depth = 0; content = 0; }
      x.clause = ++clause;
      out.push(x);
      continue;
    }
    if (PRE_NEG.has(t.w)) { depth = depth === 0 ? 1 : depth; content = 0; }
    else if (t.w === 'without') { depth = depth === 1 ? 2 : 1; content = 0; }
    else if (isContent(t)) content++;
    x.negated = depth === 1;
    const nxt = nextContent(toks, i);
    if (L.PROD.has(t.w)) x.prod = senseAt(toks, i, hasCred);
    else if (L.PROD_IF_NOUN.has(t.w)) {
      const prev = toks[i - 1]?.w;
      if (nxt && L.LIVE_NOUNS.has(nxt.w) && !(t.w === 'real' && !L.CRED.has(nxt.w) && !L.API.has(nxt.w))) x.prod = senseAt(toks, i, hasCred);
      else if (t.w === 'live' && (prev === 'against' || prev === 'to' || prev === 'on') && (!nxt || L.FUNCTION_WORDS.has(nxt.w))) x.prod = 'env';
    }
    if (L.STAGING.has(t.w) || (L.STAGING_IF_NOUN.has(t.w) && nxt && (L.CRED.has(nxt.w) || L.API.has(nxt.w) || nxt.w === 'stripe'))) {
      const p1 = toks[i - 1]?.w;
      const p2 = toks[i - 2]?.w;
      const loc = (w?: string) => w === 'from' || w === 'in' || w === 'inside' || w === 'within';
      x.staging = loc(p1) || (p1 === 'the' && loc(p2)) ? 'location' : senseAt(toks, i, hasCred);
    }
    out.push(x);
  }
  // predicate negation: "production access is forbidden", "live keys must not be used"
  for (const x of out) {
    if (x.negated || (!x.prod && !x.staging && !x.host)) continue;
    for (const y of out) {
      if (y.start <= x.start || y.clause !== x.clause) continue;
      if (L.POST_NEG.has(y.w)) { x.negated = true; break; }
    }
  }
  return out;
}

/** Restriction by exception: "nothing except staging APIs", "no keys other than sandbox keys". */
function exceptionRestricts(toks: Tagged[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].w;
    const two = w + ' ' + (toks[i + 1]?.w ?? '');
    if (w !== 'except' && two !== 'other than' && two !== 'apart from' && two !== 'but only') continue;
    let k = w === 'except' ? i + 1 : i + 2;
    while (k < toks.length && ALLOWANCE_SKIP.has(toks[k].w)) k++;
    if (toks[k]?.staging) return true;
  }
  return false;
}

/** Allowance by exception: "never call production unless ...", "no live keys except for the smoke test". */
function exceptionAllows(toks: Tagged[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].w;
    const two = w + ' ' + (toks[i + 1]?.w ?? '');
    let k: number;
    if (w === 'unless' || two === 'only if' || two === 'only when') return true;
    if (w === 'except' || two === 'other than' || two === 'apart from' || two === 'save for') k = w === 'except' ? i + 1 : i + 2;
    else continue;
    while (k < toks.length && ALLOWANCE_SKIP.has(toks[k].w)) k++;
    const first = toks[k];
    if (!first) continue;
    if (first.w === 'when' || first.w === 'if' || first.w === 'during') return true;
    if (!first.staging) return true;
  }
  return false;
}

function clauseHas(toks: Tagged[], clause: number, pred: (t: Tagged) => boolean): boolean {
  return toks.some((t) => t.clause === clause && pred(t));
}

export function analyzeSentence(toks: Token[], span: Span, inherited?: Set<RuleConcept>): SentenceFacts {
  const t = tag(toks);
  const words = new Set(t.map((x) => x.w));
  const has = (s: Set<string>) => t.some((x) => s.has(x.w));
  const first = t.find((x) => !x.punct)?.w ?? '';
  const concepts = new Set<RuleConcept>();
  const hygiene = has(L.HYGIENE);
  // restriction to staging: "only", "always", "nothing but", "except staging", or a hedged wish of the same
  const restrict = has(RESTRICT) || has(L.HEDGE) || words.has('nothing') || (words.has('anything') && words.has('but')) || exceptionRestricts(t);
  const doubleNeg = t.some((x, i) => x.w === 'without' && t.slice(0, i).some((y) => PRE_NEG.has(y.w)));
  const required = has(L.REQUIRE) || L.IMPERATIVE.has(first) || has(L.HEDGE) || has(L.SOFT) || doubleNeg;
  const prodLive = t.filter((x) => x.prod && x.prod !== 'other' && !x.negated);

  // rule 1: never production APIs (or: only staging APIs)
  for (const x of t) {
    if (!x.prod || !x.negated || x.prod === 'other' || x.prod === 'cred') continue;
    // "avoid production" / "refrain from prod" name the access themselves (the issue's own example)
    const access = clauseHas(t, x.clause, (y) => L.ACCESS.has(y.w) || y.w === 'access' || y.w === 'avoid' || y.w === 'avoiding' || y.w === 'refrain' || L.POST_NEG.has(y.w) && y.w !== 'not' && y.w !== 'never');
    if (access || x.prod === 'api') concepts.add('production');
  }
  if (!concepts.has('production') && restrict && !prodLive.some((x) => x.prod !== 'cred')) {
    const s = t.find((x) => (x.staging === 'env' || x.staging === 'api') && !x.negated);
    if (s && (has(L.ACCESS) || s.staging === 'api')) concepts.add('production');
  }
  // rule 2: never production keys (or: only staging keys)
  if (!hygiene && t.some((x) => x.prod === 'cred' && x.negated)) concepts.add('keys');
  if (restrict && !prodLive.some((x) => x.prod === 'cred') && t.some((x) => x.staging === 'cred' && !x.negated) && !(hygiene && !has(L.ONLY))) concepts.add('keys');

  // rule 3 halves and rule 4 need an API-call subject and a requirement
  const subject = has(L.CALL_SUBJ);
  const orphan = new Set<RuleConcept>();
  if (required) {
    const handled = t.some((x) => HANDLE.has(x.w) && !x.negated) || t.some((x) => L.ERROR_INVERT.has(x.w) && x.negated);
    const errorWord = t.some((x) => L.ERROR.has(x.w) && (!x.negated || L.ERROR_INVERT.has(t[t.indexOf(x) - 1]?.w ?? '')));
    const errorTok = t.some((x) => (x.w === 'trycatch' || x.w === 'gracefully') && !x.negated);
    const errors = (handled && errorWord) || errorTok;
    const timeout = t.some((x) => L.TIMEOUT.has(x.w) && !x.negated);
    for (const [c, ok] of [['errors', errors], ['timeout', timeout]] as const) {
      if (!ok) continue;
      if (subject) concepts.add(c);
      else if (inherited?.has(c) === false || inherited) orphan.add(c);
    }
    for (let i = 0; i < t.length; i++) {
      const x = t[i];
      if (!(L.LOG.has(x.w) || L.AUDIT.has(x.w)) || x.negated || !subject) continue;
      const after = t.slice(i + 1, i + 4);
      const audit = t.some((y) => L.AUDIT.has(y.w));
      if (!audit && after.some((y) => L.ERROR.has(y.w) || L.CRED.has(y.w))) continue;
      if (!audit && t.some((y, k) => L.CALL_SUBJ.has(y.w) && (t[k + 1]?.w === 'id' || t[k + 1]?.w === 'ids'))) continue;
      concepts.add('audit');
      break;
    }
  }
  const anyRule = concepts.size > 0;
  const firm = has(L.FIRM) || t.some((x) => x.caps && (x.w === 'never' || x.w === 'must' || x.w === 'always' || x.w === 'only'));
  const weak = anyRule && (has(L.HEDGE) || (has(L.SOFT) && !firm));

  // contradiction: production access or live keys allowed or demanded
  let contradiction = false;
  for (const x of prodLive) {
    if (clauseHas(t, x.clause, (y) => (L.ACCESS.has(y.w) && y.w !== 'calls' && y.w !== 'use' || y.w === 'use') || L.PERMIT.has(y.w))) contradiction = true;
  }
  if (!contradiction && t.some((x) => (x.prod === 'env' || x.prod === 'api' || x.prod === 'cred') && x.negated) && exceptionAllows(t)) contradiction = true;

  const hosts = t.filter((x) => x.host).map((x) => ({ host: x.host!, span: { start: x.start, end: x.end }, forbidden: x.negated }));
  return { span, concepts, contradiction, weak, hosts, orphanHalves: orphan.size ? orphan : undefined };
}

/** Facts for every sentence of a prose block; a sentence may inherit the API-call subject of the one before. */
export function analyzeProse(text: string, base = 0): SentenceFacts[] {
  const out: SentenceFacts[] = [];
  let subjectSeen = false;
  for (const s of sentences(text, base)) {
    const toks = tokenize(text.slice(s.start - base, s.end - base), s.start);
    const f = analyzeSentence(toks, s);
    if (f.orphanHalves && subjectSeen) for (const c of f.orphanHalves) f.concepts.add(c);
    if (toks.some((x) => L.CALL_SUBJ.has(x.w))) subjectSeen = true;
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
