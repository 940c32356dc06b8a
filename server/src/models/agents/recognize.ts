// Recognises the four staging-only rules, weak wording and contradictions in one sentence, by meaning:
// concept lexicons (lexicon.ts), negation scope and clauses (tagging.ts), and bounded phrase windows (phraseWindows.ts).
// Everything is linear in the sentence length: per-clause flags are computed once, never rescanned per token.
import type { Span } from '../../core/types.js';
import * as L from './lexicon.js';
import { PRE_NEG, tag } from './tagging.js';
import {
  ABORT, CAPS_FIRM, HANDLE, LOG_NOUN, LOG_NOUN_LEAD, MODAL_PERMIT, NAMES_ACCESS, NOT_THE_CALL, PASS_ON, PERMISSION, PRONOUN, RESTRICT, STAY_ON,
  UNIVERSAL, USE, agentNeverDoes, clausesHaveOthersProd, condNotStaging, durationAfter, exceptions, keptInside, liftsRestriction, othersOnly,
  pairedWithStaging, phrases, placedInTry, ruleLabel, othersSubject, stateNamesAccess, DEFER, waitsForever,
} from './phraseWindows.js';
import { sentences, tokenize, type Token } from './tokens.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { emptyPolicy } from '../../core/policy.js';
import { classifyHost } from '../../hosts/classify.js';
// lexicon sets bound locally once (namespace property reads are getters under the CJS interop: hot path)
const { ACCESS, ACCESS_FINITE, AGENT_SUBJ, API, AUDIT, CALL_SUBJ, CRED, DIRECTIVE, ELLIPTIC_FIRM, ERROR, ERROR_INVERT, ERROR_TOK, FINITE_AUX, FIRM, HYGIENE,
  LEAD_SKIP, LOG, MOOD_BREAK, ONLY, PERMIT, POST_NEG, PROD, PROD_IF_NOUN, REQUIRE, SOFT, STAGING, STAGING_IF_NOUN, TIMEOUT } = L;

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
  hosts: { host: string; span: Span; hostSpan: Span; forbidden: boolean }[];
  /** ERROR/TIMEOUT requirement words with no API-call subject (a follow-up sentence may inherit one) */
  orphanHalves?: Set<RuleConcept>;
}

// One Map lookup per token gives every word class a sentence-level test needs (no per-sentence set scans).
const K_HYGIENE = 1, K_RESTRICT = 2, K_REQUIRE = 4, K_SOFT = 8, K_ACCESS = 16, K_ONLY = 32, K_FIRM = 64, K_NOTHING = 128, K_ANYTHING = 256, K_BUT = 512, K_RELEVANT = 1024;
const KIND = new Map<string, number>();
const addKind = (words: Iterable<string>, bit: number) => { for (const w of words) KIND.set(w, (KIND.get(w) ?? 0) | bit); };
addKind(HYGIENE, K_HYGIENE); addKind(RESTRICT, K_RESTRICT); addKind(REQUIRE, K_REQUIRE); addKind(SOFT, K_SOFT);
addKind(ACCESS, K_ACCESS); addKind(ONLY, K_ONLY); addKind(FIRM, K_FIRM);
addKind(['nothing'], K_NOTHING); addKind(['anything'], K_ANYTHING); addKind(['but'], K_BUT);
// a sentence without any of these words states no rule, no contradiction and no host: skip the analysis
addKind([...PROD, ...PROD_IF_NOUN, ...STAGING, ...STAGING_IF_NOUN, ...CALL_SUBJ, ...TIMEOUT, ...ERROR, ...ERROR_TOK], K_RELEVANT);

const CATALOG_ONLY = emptyPolicy();
/** A host the catalog lists as production ("it is OK to hit api.paypal.com" grants production access by name). */
function productionHost(host: string): boolean {
  return classifyHost(host, loadCatalog(), CATALOG_ONLY).kind === 'production';
}

export function analyzeSentence(toks: Token[], span: Span): SentenceFacts {
  let relevant = false;
  for (const x of toks) if (x.host || ((KIND.get(x.w) ?? 0) & K_RELEVANT)) { relevant = true; break; }
  if (!relevant) return { span, concepts: new Set(), contradiction: false, weak: false, hosts: [] };
  const t = tag(toks);
  let mask = 0;
  const clauses = new Map<number, { access: boolean; permit: boolean; others: boolean; directive: boolean; grant: boolean; first?: string }>();
  let finite = false; // an indicative auxiliary governs the next verb of this clause
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
    if (!c) { clauses.set(x.clause, (c = { access: false, permit: false, others: false, directive: false, grant: false })); finite = false; }
    // a grant by name needs a permission word or an imperative access verb: "Payments go through api.paypal.com" describes
    if (!x.punct && c.first === undefined) { c.first = x.w; if (ACCESS.has(x.w)) c.grant = true; }
    if (PERMIT.has(x.w)) c.grant = true;
    if (x.punct || MOOD_BREAK.has(x.w)) finite = false;
    // "production is not for agents"
    if (x.w === 'for' && x.negated && AGENT_SUBJ.has(t[i + 1]?.w ?? '')) c.access = true;
    if (ACCESS.has(x.w) || NAMES_ACCESS.has(x.w) || (POST_NEG.has(x.w) && x.w !== 'not' && x.w !== 'never' && stateNamesAccess(t, i)) || (x.negated && PERMISSION.has(x.w))) c.access = true;
    // "only CI may deploy to production": the permission belongs to someone else (bounded: the subject is a few words)
    if ((MODAL_PERMIT.has(x.w) || x.w === 'could') && (othersOnly(t, i) || othersSubject(t, i))) c.others = true;
    if (PERMIT.has(x.w) || DIRECTIVE.has(x.w) || (FINITE_AUX.has(x.w) && t[i + 1]?.w === 'to')) c.directive = true;
    // "has access to prod" grants; "has been tested in prod" describes
    else if (FINITE_AUX.has(x.w) && t[i + 1]?.w !== 'access') finite = true;
    // an access verb grants or demands only as an imperative or under a permission/obligation word: "it is used in
    // production", "the adapter connects to production" describe the thing ("calls" is the noun as often as the verb)
    const described = !c.directive && (finite || ACCESS_FINITE.has(x.w) || /(?:ed|[^s]s)$/.test(x.w));
    if ((ACCESS.has(x.w) && x.w !== 'calls' && !described) || PERMIT.has(x.w)) c.permit = true;
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
  const required = has(K_REQUIRE) || p.imperative || p.hedge || has(K_SOFT) || doubleNeg || p.toBe || t.some((x) => (x.un && !x.negated) || x.flipped) || ruleLabel(t) || placedInTry(t)
    // "calls time out after 30 s": a timeout with its value is a specification
    || t.some((x, i) => (TIMEOUT.has(x.w) && !x.negated && durationAfter(t, i)) || waitsForever(t, i));
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
  const agentNever = agentNeverDoes(t);
  if (!concepts.has('production') && clausesHaveOthersProd(t, clauses) && agentNever) concepts.add('production');
  if (!concepts.has('production') && condNotStaging(t)) concepts.add('production');
  // rule 2: never production keys (or: only staging keys)
  if (!hygiene && t.some((x) => x.prod === 'cred' && x.negated)) concepts.add('keys');
  // "Humans can use live keys; agents cannot."
  if (agentNever && t.some((x) => x.prod === 'cred' && !x.negated && clauses.get(x.clause)!.others)) concepts.add('keys');
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
      if (waitsForever(t, i)) timeout = true;
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
  const lead = t.find((x) => !x.punct && !LEAD_SKIP.has(x.w));
  const deferral = !!lead && DEFER.has(lead.w);
  for (let i = 0; i < t.length && !contradiction; i++) {
    const x = t[i];
    const byName = !x.prod || x.prod === 'other';
    if (x.negated || (byName && !(x.host && productionHost(x.host)))) continue;
    const c = clauses.get(x.clause)!;
    contradiction = c.permit && (!byName || c.grant) && !c.others && !deferral && !pairedWithStaging(t, i);
  }
  // "Tasks are not restricted to staging" lifts the rule
  if (!contradiction) contradiction = liftsRestriction(t);
  if (!contradiction && ex.allows && t.some((x) => (x.prod === 'env' || x.prod === 'api' || x.prod === 'cred') && x.negated)) contradiction = true;

  const hosts = t.filter((x) => x.host).map((x) => ({ host: x.host!, span: { start: x.start, end: x.end }, hostSpan: x.hostSpan ?? { start: x.start, end: x.end }, forbidden: x.negated }));
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
