// Measures rule recognition on the labelled corpus. ENFORCES the issue's thresholds (recall >= 95%, precision >= 98%
// per rule) on the tuned corpus tune.tsv; PRINTS (does not enforce) the held-out file holdout7.tsv, which was written
// before this round's changes and is never tuned on: its numbers are the honest estimate on unseen wording
// (see corpus/README.md). The previous held-out file holdout6.tsv (never tuned on either) and this round's dev set
// dev7.tsv (tuned on) are printed too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, loadCorpus, score, table, type Entry } from './corpusEval.js';

const TUNE = 'tune.tsv';
const HELD_OUT = 'holdout7.tsv';
const PREVIOUS = 'holdout6.tsv';
const DEV = 'dev7.tsv';
const tune = loadCorpus(TUNE);
const heldOut = loadCorpus(HELD_OUT);
const previous = loadCorpus(PREVIOUS);
const dev = loadCorpus(DEV);

const SECTIONS = ['production', 'keys', 'error handling and timeouts', 'audit logging', 'contradictions', 'weak wording'];

test('the tuned corpus has at least 40 phrasings per rule, with positives and near-misses', () => {
  for (const sec of SECTIONS) {
    const n = tune.filter((e) => e.section === sec).length;
    assert.ok(n >= 40, `${TUNE} section ${sec}: only ${n} phrasings`);
    assert.ok(tune.some((e) => e.section === sec && e.labels.size === 0), `section ${sec} has no near-misses`);
  }
  // the issue asks for at least 40 phrasings per rule: count the positives of every label, not only the sections
  for (const l of LABELS) {
    const pos = tune.filter((e) => e.labels.has(l)).length;
    assert.ok(pos >= 40, `${TUNE} ${l}: only ${pos} positives`);
  }
  for (const f of [tune, heldOut, previous]) assert.deepEqual([...new Set(f.map((e) => e.section))].sort(), [...SECTIONS].sort(), 'unknown section name');
});

test('the held-out files have at least 20 positives per label and share no phrasing with the tuned corpus or the dev set', () => {
  for (const [name, file] of [[HELD_OUT, heldOut], [PREVIOUS, previous]] as const) {
    for (const l of LABELS) {
      const pos = file.filter((e) => e.labels.has(l)).length;
      assert.ok(pos >= 20, `${name} ${l}: only ${pos} positives`);
    }
  }
  // a held-out line must not be one tuned on (tune.tsv or dev7.tsv); two held-out files may share a near-miss
  const tuned = new Map<string, string>();
  const dups: string[] = [];
  for (const [f, entries] of [[TUNE, tune], [DEV, dev]] as const) {
    for (const e of entries) {
      const at = tuned.get(e.text.toLowerCase());
      if (at) dups.push(`${f}:${e.line} also in ${at}: ${e.text}`);
      else tuned.set(e.text.toLowerCase(), `${f}:${e.line}`);
    }
  }
  for (const [f, entries] of [[HELD_OUT, heldOut], [PREVIOUS, previous]] as const) {
    for (const e of entries) {
      const at = tuned.get(e.text.toLowerCase());
      if (at) dups.push(`${f}:${e.line} also in ${at}: ${e.text}`);
    }
  }
  assert.deepEqual(dups, []);
});

test(`recognition on ${TUNE}: precision and recall per rule, thresholds enforced`, () => {
  const s = score(tune);
  console.log(`\n${table(`${TUNE} (tuned on; thresholds ENFORCED: recall >= 95%, precision >= 98%)`, s.scores)}\n`);
  const failures: string[] = [];
  for (const x of s.scores) {
    const misses = s.errors.filter((e) => e.includes(` ${x.label}:`)).join('\n');
    if (x.recall < 0.95) failures.push(`${x.label}: recall ${(x.recall * 100).toFixed(1)}% < 95%\n${misses}`);
    if (x.precision < 0.98) failures.push(`${x.label}: precision ${(x.precision * 100).toFixed(1)}% < 98%\n${misses}`);
  }
  assert.deepEqual(failures, []);
});

for (const [name, file, what] of [
  [HELD_OUT, heldOut, 'HELD OUT, never tuned on: honest estimate on unseen wording; printed, NOT enforced'],
  [PREVIOUS, previous, 'previous held-out file, never tuned on; printed, NOT enforced'],
] as const) {
  test(`recognition on ${name}: printed as the generalisation estimate, NOT enforced`, () => {
    const s = score(file);
    console.log(`\n${table(`${name} (${what})`, s.scores)}\n${s.errors.length ? `${name} errors:\n  ${s.errors.join('\n  ')}\n` : ''}`);
    // only sanity: every label was scored on real support
    for (const x of s.scores) assert.ok(x.support >= 20, `${x.label}: support ${x.support}`);
  });
}

test(`recognition on ${DEV}: this round's dev set (tuned on), printed`, () => {
  const s = score(dev);
  console.log(`\n${table(`${DEV} (dev set of issue 11, tuned on; printed)`, s.scores)}\n${s.errors.length ? `${DEV} errors:\n  ${s.errors.join('\n  ')}\n` : ''}`);
  // the round's three cases hold on the dev set: no contradiction missed, no keys-only line read as the production rule
  assert.deepEqual(s.errors.filter((e) => / contra: |extra production: /.test(e)), []);
});

test("the issue's own examples are recognised", async () => {
  const { recognize } = await import('../../server/src/models/agents/recognize.js');
  const c = (s: string) => [...recognize(s).concepts].sort().join(',');
  assert.equal(c('Do not hit prod APIs from cloud runs'), 'production');
  assert.equal(c('Use sandbox credentials only'), 'keys');
  assert.equal(c('Every outbound HTTP request needs a timeout and error handling'), 'errors,timeout');
  assert.equal(c('Audit-log each third-party API call'), 'audit');
  for (const s of ['you may call the production API for read-only checks', 'use the live key if the test key fails', 'fall back to production when staging is down']) {
    assert.equal(recognize(s).contradiction, true, s);
  }
  assert.equal(recognize('never fall back to production').contradiction, false);
  assert.equal(recognize('try to avoid production').weak, true);
});

test("reviewer's notes: restriction to others, logs read (not written), lifted restriction", async () => {
  const { recognize } = await import('../../server/src/models/agents/recognize.js');
  const r = (s: string) => { const x = recognize(s); return [...x.concepts, ...(x.contradiction ? ['contra'] : []), ...(x.weak ? ['weak'] : [])].sort().join(','); };
  assert.equal(r('Only the release pipeline may call production.'), '');
  assert.equal(r('Only CI may deploy to production.'), '');
  assert.equal(r('Only agents may call production.'), 'contra');
  assert.equal(r('may read production logs but must never call production APIs'), 'production');
  assert.equal(r('Tasks are not restricted to staging.'), 'contra');
  assert.equal(r('Live keys: forbidden.'), 'keys');
  assert.equal(r('No external request goes unlogged.'), 'audit');
  assert.equal(r('Every `fetch()` needs an `AbortSignal.timeout()` and a catch.'), 'errors,timeout');
});

test('hostile 100 KB lines through the new look-aheads still answer', async () => {
  const { recognize } = await import('../../server/src/models/agents/recognize.js');
  const n = 100_000;
  assert.equal(recognize('keep '.repeat(n / 5) + 'prod out').concepts.has('production'), true);
  assert.equal(recognize('only the x may '.repeat(n / 15) + 'call production').contradiction, false);
  assert.equal(recognize('live keys: never '.repeat(n / 17)).concepts.has('keys'), true);
  assert.equal(recognize('not restricted to '.repeat(n / 18) + 'staging').contradiction, true);
  assert.equal(recognize('a.b'.repeat(n / 3) + '(').concepts.size, 0);
});

test("holdout3's miss classes (tuned on in this round): negation scope, asides, hyphenated nouns, others' permissions", async () => {
  const { recognize } = await import('../../server/src/models/agents/recognize.js');
  const r = (s: string) => { const x = recognize(s); return [...x.concepts, ...(x.contradiction ? ['contra'] : []), ...(x.weak ? ['weak'] : [])].sort().join(','); };
  const cases: [string, string][] = [
    // a negation over a comma list of verbs; a hygiene verb no longer hides the "use" in the list
    ['Never email, print or use a live token.', 'keys'],
    ['Never print, share or commit live tokens.', ''],
    // the list comma does not stretch a negation over a following clause
    ['Never call prod, use staging and log every call.', 'audit,production'],
    // an aside after the negator: the negation resumes after it
    ['Never, even if staging is slow, hit the live API.', 'production'],
    // a short parenthesis is not a clause break for a predicate negation
    ['Calls to production (even GETs) are prohibited.', 'production'],
    // hyphenated nouns holding an access verb, documentation nouns after "production"
    ['Ask the on-call person for the prod playbook.', ''],
    ['You may open the production wiki.', ''],
    // a longer subject before the modal; "for <people> only"; "reserved for"
    ['Only the senior on-call platform engineer can restart production.', ''],
    ['Production keys are for admins only.', 'keys'],
    ['Production keys are for agents only.', ''], // not negated: the agent is the one they are for (no permission word, so no contradiction either)
    ['Use prod for reads only.', 'contra'],
    // elliptical "agents never do"; a negated-staging condition then a negated call
    ['Only the release bot may call production; tasks never do.', 'production'],
    ['If it is not a staging endpoint, do not call it.', 'production'],
    // "keep calls inside staging"; "use <staging credentials>"; a one-word sentence completing the one before
    ['Keep all outbound requests within the sandbox.', 'production'],
    ['Use staging tokens for the payments API.', 'keys'],
    ['Live keys? Never.', 'keys'],
    ['Always.', ''],
    // check marks state a requirement; error status classes; "nothing … un-"
    ['| API calls | timeout ✔ |', 'timeout'],
    ['Every vendor API call must handle 429 and 5xx responses.', 'errors'],
    ['Nothing leaves the sandbox unaudited.', 'audit'],
    ['The sandbox logs are unlogged.', ''],
    // "against" is access, except where production is something else
    ['Run the migration against the prod database.', 'contra'],
    ['Protect against production outages.', ''],
  ];
  assert.deepEqual(cases.map(([s]) => `${s} => ${r(s)}`), cases.map(([s, want]) => `${s} => ${want}`));
});

test('hostile 100 KB lines through the look-aheads of this round still answer', async () => {
  const { recognize } = await import('../../server/src/models/agents/recognize.js');
  const n = 100_000;
  const list = recognize('never a, ' + 'b, '.repeat(n / 3) + 'or use prod keys');
  assert.equal(list.contradiction, false);
  assert.equal(list.concepts.has('keys'), true);
  assert.equal(recognize('never, '.repeat(n / 7) + 'call prod').concepts.has('production'), true);
  assert.equal(typeof recognize('prod ( a '.repeat(n / 9) + ') forbidden').contradiction, 'boolean');
  assert.equal(recognize('live keys for humans '.repeat(n / 21) + 'only').concepts.has('keys'), true);
  assert.equal(recognize('keep calls '.repeat(n / 11) + 'in staging').concepts.has('production'), true);
  assert.equal(recognize('if it is not staging '.repeat(n / 21) + ', do not call it').concepts.has('production'), true);
  assert.equal(recognize('only the bot may call prod; agents never do. '.repeat(n / 45)).contradiction, false);
  assert.equal(recognize('sandbox keys '.repeat(n / 13) + '. Always.').concepts.has('keys'), true);
});

test("holdout4's miss classes (tuned on in this round): key prefixes, signs, stay-off, post-negation phrases, durations", async () => {
  const { recognize } = await import('../../server/src/models/agents/recognize.js');
  const r = (s: string) => { const x = recognize(s); return [...x.concepts, ...(x.contradiction ? ['contra'] : []), ...(x.weak ? ['weak'] : [])].sort().join(','); };
  const cases: [string, string][] = [
    // a universal subject opening the sentence states the restriction; a staying verb names the access
    ['Each agent run talks to staging.', 'production'],
    ['The staging cluster is rebuilt each night.', ''],
    ['Remain on staging; production is not for tasks.', 'production'],
    // prohibition signs; an elliptical "— never …"; "stay/keep … off"
    ['❌ live API', 'production'],
    ['Aim clients at staging — not at production.', 'production'],
    ['Stay off the live API.', 'production'],
    // vendor key prefixes are live/test keys; a long suffix is a literal secret (SG409), not a mention
    ['`pk_live_` keys must stay out of tasks.', 'keys'],
    ['Use `sk_test_` keys only.', 'keys'],
    ['Production keys have no place in the sandbox.', 'keys'],
    ['Take tokens from the staging keystore only.', 'keys'],
    // aborting after a duration, code identifiers naming a timeout, "without X is a bug", try/catch placement
    ['External calls must cancel within 500 ms.', 'timeout'],
    ['Set `connectTimeout` on every outbound client.', 'timeout'],
    ['An HTTP call to a vendor without a timeout is a defect.', 'timeout'],
    ['Every `fetch(...)` of an external API goes inside a try/catch.', 'errors'],
    ['Log failed API calls and rethrow them.', ''],
    // contradictions: swap/pull/grab as access, the staging rule that "doesn't apply", "don't need to stay on staging"
    ['Grab the numbers from the production API.', 'contra'],
    ["The sandbox-only rule doesn't hold for load tests.", 'contra'],
    ['Tasks needn\'t stay on staging.', 'contra'],
    // documents, paperwork and tools named after production/staging are not access
    ['Study the production postmortem first.', ''],
    ['Production access approvals go through Jira.', ''],
    ['Consider the staging fixture script for resets.', ''],
    // "recommended over" rejects the alternative
    ['Test keys are suggested over live keys.', 'keys,weak'],
  ];
  assert.deepEqual(cases.map(([s]) => `${s} => ${r(s)}`), cases.map(([s, want]) => `${s} => ${want}`));
});

test('hostile 100 KB lines through the look-aheads of holdout4 round still answer', async () => {
  const { recognize } = await import('../../server/src/models/agents/recognize.js');
  const n = 100_000;
  assert.equal(typeof recognize('sk_live_'.repeat(n / 8) + ' keys are forbidden').contradiction, 'boolean'); // one long literal
  assert.equal(recognize('ab_live_x '.repeat(n / 10) + 'are forbidden').concepts.has('keys'), true);
  assert.equal(recognize('calls must abort '.repeat(n / 17) + 'after 5 seconds').concepts.has('timeout'), true);
  assert.equal(recognize('a call without '.repeat(n / 15) + 'a timeout is a bug').concepts.has('timeout'), true);
  assert.equal(typeof recognize('the staging-only rule '.repeat(n / 22) + "doesn't apply").contradiction, 'boolean');
  assert.equal(recognize('every request in a try/catch '.repeat(n / 29)).concepts.has('errors'), true);
  assert.equal(typeof recognize('⛔ 🚫 stay off '.repeat(n / 14) + 'prod').contradiction, 'boolean');
});

test('breadth round (holdout5 merged): prohibition idioms, access verbs, restriction verbs, credential nouns, deferrals', async () => {
  const { recognize } = await import('../../server/src/models/agents/recognize.js');
  const r = (s: string) => { const x = recognize(s); return [...x.concepts, ...(x.contradiction ? ['contra'] : []), ...(x.weak ? ['weak'] : [])].sort().join(','); };
  const cases: [string, string][] = [
    // prohibition adjectives and idioms; "barred/forbidden from/to" negates forward too
    ['Prod endpoints are a no-go area for tasks.', 'production'],
    ['Agents are forbidden to touch live services.', 'production'],
    ['The live API is out of scope for agents.', 'production'],
    // state words name access only with "to/for <agents>", "by policy" or an access word in the clause
    ['Production caching is disabled.', ''],
    ['Production is closed to tasks.', 'production'],
    // restriction verbs, credential compounds, a label before a colon, ".env" files hold secrets
    ['Scope every API call to the staging namespace.', 'production'],
    ['Keys: test-mode only.', 'keys'],
    ['Never read the production `.env` from a task.', 'keys'],
    ['Never paste a production private key anywhere.', ''],
    // someone else's permission and the agent's elliptical refusal; deferring to a human grants nothing
    ['Admins may query prod; agents cannot.', 'production'],
    ['Escalate to a human if production access seems necessary.', ''],
    // a timeout stated by its value or by its absence
    ['Webhook deliveries time out after 5 s.', 'timeout'],
    ['The build never waits forever.', ''],
  ];
  assert.deepEqual(cases.map(([s]) => `${s} => ${r(s)}`), cases.map(([s, want]) => `${s} => ${want}`));
});

test('hostile 100 KB lines through the look-aheads of the breadth round still answer', async () => {
  const { recognize } = await import('../../server/src/models/agents/recognize.js');
  const n = 100_000;
  assert.equal(typeof recognize('humans admins team '.repeat(n / 19) + 'may call prod; agents cannot.').contradiction, 'boolean');
  assert.equal(recognize('prod access is disabled by '.repeat(n / 27) + 'policy').concepts.has('production'), true);
  assert.equal(recognize('credentials: '.repeat(n / 13) + 'staging only').concepts.has('keys'), true);
  assert.equal(recognize('calls must not wait forever '.repeat(n / 28)).concepts.has('timeout'), true);
  assert.equal(recognize('calls time out after 5s '.repeat(n / 24)).concepts.has('timeout'), true);
  assert.equal(typeof recognize('is a security '.repeat(n / 14) + 'incident').weak, 'boolean');
  assert.equal(recognize('; never the '.repeat(n / 12) + 'production one').contradiction, false);
});
