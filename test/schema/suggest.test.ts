import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestMatch, editDistance } from '../../server/src/schema/suggest.js';

test('edit distance counts transpositions as one edit', () => {
  assert.equal(editDistance('allowlst', 'allowlist'), 1);
  assert.equal(editDistance('sorce', 'source'), 1);
  assert.equal(editDistance('soucre', 'source'), 1);
  assert.equal(editDistance('abc', 'xyz'), 3);
});

test('closest match: typos, case and separator folding; nothing for far or tied inputs', () => {
  const keys = ['allowlist', 'allowlist_additions', 'methods', 'proxy', 'dns'];
  assert.equal(closestMatch('allowlst', keys), 'allowlist');
  assert.equal(closestMatch('allowlistAdditions', keys), 'allowlist_additions');
  assert.equal(closestMatch('method', keys), 'methods');
  assert.equal(closestMatch('dnss', keys), 'dns');
  assert.equal(closestMatch('timeout', keys), undefined);
  assert.equal(closestMatch('ab', ['ac', 'ad']), undefined);
});

test('long inputs stay cheap and never match by accident', () => {
  assert.equal(closestMatch('a'.repeat(100_000), ['allowlist']), undefined);
});
