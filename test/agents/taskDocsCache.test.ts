// The cross-file rules' cache of other task configs' models is bounded by text size, not only by
// count: a model holds the parsed tree, so 64 big neighbours would pin hundreds of MiB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { taskDocsOf } from '../../server/src/models/agents/governance.js';
import { generateManyFindingsConfig } from '../../scripts/bench-lsp-config.js';

test('a small config stays cached; big configs push it out instead of piling up', () => {
  const small = 'network:\n  allowlist:\n    - api.staging.example.com\n';
  const first = taskDocsOf(small);
  assert.equal(taskDocsOf(small), first, 'cached while nothing else is');
  // four distinct ~300 KB configs: more than the size bound, far fewer than the 64-entry bound
  const big = generateManyFindingsConfig(10000);
  for (let i = 0; i < 4; i++) taskDocsOf(`# ${i}\n${big}`);
  assert.notEqual(taskDocsOf(small), first, 'evicted by size');
  assert.ok(big.length > 250_000);
});
