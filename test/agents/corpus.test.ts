// Measures rule recognition on the labelled corpus and enforces the thresholds (recall >= 95%,
// precision >= 98% per rule) on the WHOLE corpus: tune.tsv + holdout3.tsv together. Per-file tables are printed
// too; holdout3.tsv was written before the recogniser was run on it and is not tuned on (see corpus/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, loadCorpus, score, table, type Entry } from './corpusEval.js';

const FILES = ['tune.tsv', 'holdout3.tsv'] as const;
const corpus = new Map<string, Entry[]>(FILES.map((f) => [f, loadCorpus(f)]));
const all = FILES.flatMap((f) => corpus.get(f)!);

const SECTIONS = ['production', 'keys', 'error handling and timeouts', 'audit logging', 'contradictions', 'weak wording'];

test('the corpus has at least 40 phrasings per rule, with positives and near-misses', () => {
  for (const sec of SECTIONS) {
    const n = all.filter((e) => e.section === sec).length;
    assert.ok(n >= 40, `section ${sec}: only ${n} phrasings`);
    assert.ok(all.some((e) => e.section === sec && e.labels.size === 0), `section ${sec} has no near-misses`);
    // the fresh held-out file has at least 20 lines per rule of its own
    const h = corpus.get('holdout3.tsv')!.filter((e) => e.section === sec).length;
    assert.ok(h >= 20, `holdout3.tsv section ${sec}: only ${h} phrasings`);
  }
  for (const l of LABELS) {
    const pos = all.filter((e) => e.labels.has(l)).length;
    assert.ok(pos >= 30, `${l}: only ${pos} positives`);
  }
  assert.deepEqual([...new Set(all.map((e) => e.section))].sort(), [...SECTIONS].sort(), 'unknown section name');
});

test('no phrasing appears twice (the held-out file shares nothing with the tune file)', () => {
  const seen = new Map<string, string>();
  const dups: string[] = [];
  for (const f of FILES) {
    for (const e of corpus.get(f)!) {
      const key = e.text.toLowerCase();
      if (seen.has(key)) dups.push(`${f}:${e.line} also in ${seen.get(key)}: ${e.text}`);
      else seen.set(key, `${f}:${e.line}`);
    }
  }
  assert.deepEqual(dups, []);
});

test('recognition: precision and recall per rule, per file and combined; thresholds on the whole corpus', () => {
  const tables: string[] = [];
  for (const f of FILES) {
    const s = score(corpus.get(f)!);
    tables.push(table(f, s.scores));
    if (s.errors.length) tables.push(`${f} misses:\n  ${s.errors.join('\n  ')}`);
  }
  const both = score(all);
  tables.push(table('whole corpus (thresholds enforced)', both.scores));
  console.log(`\n${tables.join('\n\n')}\n`);
  const failures: string[] = [];
  for (const s of both.scores) {
    const misses = both.errors.filter((e) => e.includes(` ${s.label}:`)).join('\n');
    if (s.recall < 0.95) failures.push(`${s.label}: recall ${(s.recall * 100).toFixed(1)}% < 95%\n${misses}`);
    if (s.precision < 0.98) failures.push(`${s.label}: precision ${(s.precision * 100).toFixed(1)}% < 98%\n${misses}`);
  }
  assert.deepEqual(failures, []);
});

test("the issue's own examples are recognised", async () => {
  const { recognize } = await import('../../server/src/agents/recognize.js');
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
  const { recognize } = await import('../../server/src/agents/recognize.js');
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
  const { recognize } = await import('../../server/src/agents/recognize.js');
  const n = 100_000;
  assert.equal(recognize('keep '.repeat(n / 5) + 'prod out').concepts.has('production'), true);
  assert.equal(recognize('only the x may '.repeat(n / 15) + 'call production').contradiction, false);
  assert.equal(recognize('live keys: never '.repeat(n / 17)).concepts.has('keys'), true);
  assert.equal(recognize('not restricted to '.repeat(n / 18) + 'staging').contradiction, true);
  assert.equal(recognize('a.b'.repeat(n / 3) + '(').concepts.size, 0);
});
