// SG002 quick fixes: applied, re-checked, the finding is gone and nothing new appears.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../helpers/fixes.js';
import { checkText } from '../../server/src/engine/check.js';

const base = (cred: string) => `network:\n  allowlist:\n    - api.staging.example.com\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n${cred}`;

const FULL = '    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n';

const cases: [string, string, string][] = [
  ['rename a misspelt key', 'network:\n  allowlst:\n    - api.staging.example.com\n', 'network:\n  allowlist:\n    - api.staging.example.com\n'],
  ['rename keeps quotes', 'network:\n  "allowlst": []\n', 'network:\n  "allowlist": []\n'],
  ['replace an enum value', base('    permissions: readonly   # keep me\n'), base('    permissions: read-only   # keep me\n')],
  ['replace inside quotes', base("    scope: 'tsk'\n"), base("    scope: 'task'\n")],
  ['version const', 'version: 2\nname: x\n', 'version: 1\nname: x\n'],
  ['credential name to UPPER_SNAKE_CASE', `credentials:\n  staging-api-key:\n${FULL}`, `credentials:\n  STAGING_API_KEY:\n${FULL}`],
];

for (const [name, input, expected] of cases) {
  test(`SG002 fix: ${name}`, () => {
    const fixed = assertFixesWork(input, 'SG002');
    assert.deepEqual(fixed, [expected]);
  });
}

test('SG002 fixes are preferred but never applied unattended (they change meaning)', () => {
  const f = checkText('network:\n  allowlst: []\n', { path: 'task.sandbox.yaml' }).findings.find((x) => x.ruleId === 'SG002');
  assert.ok(f);
  assert.deepEqual(f.fixes.map((x) => [x.preferred, x.safe]), [[true, undefined]]);
});

test('no rename fix when the target key already exists (it would create a duplicate key)', () => {
  const f = checkText('network:\n  allowlist: []\n  allowlst: []\n', { path: 'task.sandbox.yaml' }).findings.find((x) => x.ruleId === 'SG002');
  assert.equal(f?.message, 'Unknown property `allowlst` in `network` (did you mean `allowlist`?)');
  assert.deepEqual(f?.fixes, []);
});
