// Measures rule recognition on the labelled corpus; prints precision and recall per label for both halves.
// Thresholds (recall >= 95%, precision >= 98%) are enforced on the tune half; the held-out half is printed
// as the honest estimate (see corpus/README.md for its first, untuned measurement).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, loadCorpus, score, table } from './corpusEval.js';

const tune = loadCorpus('tune.tsv');
const holdout = loadCorpus('holdout.tsv');

test('the corpus has at least 40 phrasings per rule, positives and negatives', () => {
  const all = [...tune, ...holdout];
  for (const l of LABELS) {
    const pos = all.filter((e) => e.labels.has(l)).length;
    assert.ok(pos >= 12, `${l}: only ${pos} positives`);
  }
  // sections are written per rule (positives, near-misses, negations); every line counts for every label
  const sections = ['production', 'keys', 'error handling and timeouts', 'audit logging', 'contradictions', 'weak wording'];
  for (const sec of sections) {
    const n = all.filter((e) => e.section === sec).length;
    assert.ok(n >= 40, `section ${sec}: only ${n} phrasings`);
    assert.ok(all.some((e) => e.section === sec && e.labels.size === 0), `section ${sec} has no near-misses`);
  }
  const texts = new Set(tune.map((e) => e.text.toLowerCase()));
  const leaked = holdout.filter((e) => texts.has(e.text.toLowerCase())).map((e) => e.text);
  assert.deepEqual(leaked, [], 'held-out phrasings must not also be in the tune half');
});

test('recognition: precision and recall per rule', () => {
  const t = score(tune);
  const h = score(holdout);
  const both = score([...tune, ...holdout]);
  console.log(`\n${table('tune half (thresholds enforced)', t.scores)}\n\n${table('held-out half (not tuned on)', h.scores)}\n\n${table('both', both.scores)}\n`);
  if (h.errors.length) console.log(`held-out misses:\n  ${h.errors.join('\n  ')}\n`);
  for (const s of t.scores) {
    assert.ok(s.recall >= 0.95, `${s.label}: recall ${(s.recall * 100).toFixed(1)}% < 95%\n${t.errors.filter((e) => e.includes(` ${s.label}:`)).join('\n')}`);
    assert.ok(s.precision >= 0.98, `${s.label}: precision ${(s.precision * 100).toFixed(1)}% < 98%\n${t.errors.filter((e) => e.includes(` ${s.label}:`)).join('\n')}`);
  }
});

test('the issue\'s own examples are recognised', async () => {
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
