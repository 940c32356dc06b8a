import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';
import { parseAgentsMarkdown } from '../../server/src/models/agents/parse.js';

test('duplicate key is reported on the key', () => {
  const r = checkText('network:\n  allowlist: []\n  allowlist: []\n', { path: 'a.sandbox.yaml' });
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.severity, f.range.start.line, f.range.start.character, f.range.end.character, f.message]), [
    ['SG001', 'error', 2, 2, 11, 'Map keys must be unique. Many tools silently keep only one of the two, so the value checked may not be the one used: remove or merge the duplicate.'],
  ]);
});

test('AGENTS.md headings are parsed with depth, text, span and the end of their section', () => {
  assert.deepEqual(parseAgentsMarkdown('# hi\n\n## Rules\n- x\n').headings, [
    { depth: 1, text: 'hi', span: { start: 0, end: 4 }, sectionEnd: 19 },
    { depth: 2, text: 'Rules', span: { start: 6, end: 14 }, sectionEnd: 19 },
  ]);
});
