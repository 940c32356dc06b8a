// A secret in a config never reaches any output: stylish, json, sarif, the fix dry run, the checklist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempTree } from './helpers.js';
import { redactText as redactSecrets } from '../../server/src/secrets/redactText.js';

const SECRET = 'sk_live_51Hx9TestOnlyNotARealKey000000009f2c';
// the secret where rules are likely to echo it: a host, a credential name, a value, an env value, a comment
const CONFIG = `name: secret-test
network:
  allowlist:
    - ${SECRET}
credentials:
  ${SECRET}:
    source: vault
    token: ${SECRET}
env:
  KEY: ${SECRET}  # ${SECRET}
`;
const forms = [SECRET, SECRET.toLowerCase(), SECRET.toUpperCase(), SECRET.slice(8, 30)];

function assertNoSecret(out: string, where: string) {
  for (const f of forms) assert.ok(!out.includes(f), `${where} shows the secret (${f.slice(0, 12)}…)`);
}

for (const format of ['stylish', 'json', 'sarif']) {
  test(`${format}: only the redacted form of a live key is shown`, () => {
    const dir = tempTree({ 's.sandbox.yaml': CONFIG });
    const r = runCli(['check', '.', '--format', format, '--report-suppressions'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assertNoSecret(r.stdout + r.stderr, format);
    assert.match(r.stdout, /sk_live_…9f2c/);
  });
}

test('--fix-dry-run diff and the checklist never show the secret', () => {
  const dir = tempTree({ 's.sandbox.yaml': CONFIG });
  const dry = runCli(['check', '.', '--fix-dry-run'], { cwd: dir });
  assertNoSecret(dry.stdout + dry.stderr, 'dry run');
  const cl = runCli(['checklist', 's.sandbox.yaml'], { cwd: dir });
  assert.equal(cl.code, 0, cl.stderr);
  assertNoSecret(cl.stdout, 'checklist');
  assert.match(cl.stdout, /sk_live_…9f2c/);
});

test('redactSecrets shows token shapes like every other secret: the public prefix and at most the last 4 characters', () => {
  assert.equal(redactSecrets(`key ${SECRET} end`), 'key sk_live_…9f2c end');
  assert.equal(redactSecrets('ghp_abcdefghijklmnopqrstuvwxyz0123456789'), 'ghp_…6789');
  // a short body (16 characters after AKIA) shows only 2, as redact() does for every short secret
  assert.equal(redactSecrets('AKIAIOSFODNN7EXAMPLE'), 'AKIA…LE');
  assert.equal(redactSecrets('xoxb-1234567890-abcdefghij'), 'xoxb-…ghij');
  assert.equal(redactSecrets('api.staging.example.com and sk_test_short'), 'api.staging.example.com and sk_test_short');
});
