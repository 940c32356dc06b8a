import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';
import { fromMarkdown } from 'mdast-util-from-markdown';

test('duplicate key is reported on the key', () => {
  const r = checkText('network:\n  allowlist: []\n  allowlist: []\n', { path: 'a.sandbox.yaml' });
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.character, f.range.end.character]), [['SG001', 2, 2, 11]]);
  assert.ok(fromMarkdown('# hi').children.length === 1);
});
