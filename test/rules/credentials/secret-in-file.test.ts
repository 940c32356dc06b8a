import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
import { assertNoSecret, CLEAN, findingsOf, PATH } from './helpers.js';
import { expectFindings, ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

// Secrets are assembled at runtime so this file never holds a scannable key.
const TEST_KEY = ['sk', 'test', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');
const PASSWORD = 'correct-horse-battery-staple';

const cred = (extra: string, base = '    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n') =>
  `credentials:\n  STAGING_API_KEY:\n${base}${extra}`;

const valid: ValidRow[] = [
  { name: 'references and metadata are not secrets', text: cred('    source: vault\n    ref: secret/codex/token\n') },
  { name: 'env references are not secrets', text: `env:\n  API_TOKEN: \${STAGING_API_TOKEN}\n  AUTH_KEY: '{{ secrets.KEY }}'\n  TOKEN_URL: https://auth.staging.example.com/token\n` },
  { name: 'names ending in ref/id/label are not secret properties', text: `env:\n  API_KEY_ID: AKIDEXAMPLE\n  TOKEN_LABEL: staging token\n` },
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'password property in a credential',
    text: cred(`    password: ${PASSWORD}\n`, '    source: vault\n'),
    errors: [
      { range: [4, 15, 4, 43], severity: 'error', message: 'A literal secret (`…aple`) is written in the file in `password` of credential `STAGING_API_KEY`: anyone who can read the repository, and the agent, can use it. Revoke it, keep the value in a secrets manager and reference it with `source` and `ref`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/staging_api_key\n',
  },
  {
    name: 'test-mode Stripe key as an env value: one finding for pattern and property',
    text: `${CLEAN}`.replace('env:\n', `env:\n  STRIPE_SECRET_KEY: ${TEST_KEY}\n`),
    errors: [
      { range: [15, 22, 15, 54], severity: 'error', message: 'A Stripe key (`sk_test_…p7dc`) is written in the file in `STRIPE_SECRET_KEY` (it matches the secret pattern gitleaks:stripe-access-token): anyone who can read the repository, and the agent, can use it. Even a test-mode key reads and writes your sandbox account. Revoke it, keep the value in a secrets manager and reference it with `source` and `ref`.' },
    ],
  },
  {
    name: 'test key in a comment',
    text: `# rotated on Monday, old one: ${TEST_KEY}\n${CLEAN}`,
    errors: [
      { range: [1, 31, 1, 63], severity: 'error', message: 'A Stripe key (`sk_test_…p7dc`) is written in the file in a comment (it matches the secret pattern gitleaks:stripe-access-token): anyone who can read the repository, and the agent, can use it. Even a test-mode key reads and writes your sandbox account. Revoke it, keep the value in a secrets manager and reference it with `source` and `ref`.' },
    ],
    output: `# rotated on Monday, old one: REDACTED\n${CLEAN}`,
  },
  {
    name: 'quoted value: the span is inside the quotes',
    text: cred(`    api_key: "${PASSWORD}"\n`, '    source: vault\n    ref: secret/x\n'),
    errors: [
      { range: [5, 15, 5, 43], severity: 'error', message: 'A literal secret (`…aple`) is written in the file in `api_key` of credential `STAGING_API_KEY`: anyone who can read the repository, and the agent, can use it. Revoke it, keep the value in a secrets manager and reference it with `source` and `ref`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/x\n',
  },
  {
    name: 'private key block',
    text: cred('    private_key: |\n      -----BEGIN RSA PRIVATE KEY-----\n      MIIEowIBAAKCAQEAwJq0aGx5T4c2bMJ7X0pVf8n3Zk9W1yQ2Lk5u8V3r4s6t7u8v9w0x\n      -----END RSA PRIVATE KEY-----\n'),
    errors: [
      { range: [7, 18, 10, 36], severity: 'error', message: 'A private key (`-----BEGIN … PRIVATE KEY-----`) is written in the file in `private_key` of credential `STAGING_API_KEY` (it matches the secret pattern secrets-patterns-db:Asymmetric Private Key): anyone who can read the repository, and the agent, can use it. Revoke it, keep the value in a secrets manager and reference it with `source` and `ref`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n    source: vault\n    ref: secret/staging_api_key\n',
  },
];

ruleTester('SG201', { valid, invalid });

test('secret-in-file: a live key is SG202 only, not also SG201', () => {
  const live = ['sk', 'live', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');
  const r = checkText(cred(`    token: ${live}\n`, '    source: vault\n'), { path: PATH }).findings;
  assert.deepEqual(r.filter((f) => f.ruleId === 'SG201'), []);
  assert.equal(r.filter((f) => f.ruleId === 'SG202').length, 1);
});

test('secret-in-file: no output holds the secret', () => {
  for (const [text, secret] of [
    [cred(`    password: ${PASSWORD}\n`, '    source: vault\n'), PASSWORD],
    [`# ${TEST_KEY}\n${CLEAN}`, TEST_KEY],
    [CLEAN.replace('env:\n', `env:\n  STRIPE_SECRET_KEY: "${TEST_KEY}"\n`), TEST_KEY],
  ]) {
    const found = findingsOf(text, 'SG201');
    assert.ok(found.length > 0);
    assertNoSecret(found, secret);
  }
});

test('secret-in-file: fix moves the secret to the vault, keeping indentation and existing source/ref', () => {
  const noSource = cred(`    password: ${PASSWORD}  # temporary\n`);
  const [fixed] = assertFixesWork(noSource, 'SG201');
  assert.ok(fixed.includes('    source: vault\n    ref: secret/staging_api_key  # temporary\n'), fixed);
  assert.ok(!fixed.includes(PASSWORD));

  const withSource = cred(`    password: ${PASSWORD}\n`, '    source: vault\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n');
  const [fixed2] = assertFixesWork(withSource, 'SG201');
  assert.equal(fixed2.match(/source:/g)?.length, 1);
  assert.ok(fixed2.includes('    ref: secret/staging_api_key\n'));

  const both = cred(`    token: ${PASSWORD}\n`, '    source: vault\n    ref: secret/x\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n');
  const [fixed3] = assertFixesWork(both, 'SG201');
  assert.ok(!fixed3.includes('token'), fixed3);

  const flow = `credentials:\n  STAGING_API_KEY: {token: ${PASSWORD}, scope: task, permissions: read-only, label: Codex sandbox, rate_limit: {requests: 60, per: minute}}\n`;
  const [fixed4] = assertFixesWork(flow, 'SG201');
  assert.ok(fixed4.includes('{source: vault, ref: secret/staging_api_key, scope: task'), fixed4);

  const block = cred('    private_key: |\n      -----BEGIN RSA PRIVATE KEY-----\n      MIIEowIBAAKCAQEAwJq0aGx5T4c2bMJ7X0pVf8n3Zk9W1yQ2Lk5u8V3r4s6t7u8v9w0x\n      -----END RSA PRIVATE KEY-----\n    hosts: []\n');
  const [fixed5] = assertFixesWork(block, 'SG201');
  assert.ok(fixed5.endsWith('    ref: secret/staging_api_key\n    hosts: []\n'), fixed5);
});

test('secret-in-file: a key in a comment can be blanked out', () => {
  const [fixed] = assertFixesWork(`# old: ${TEST_KEY}\n${CLEAN}`, 'SG201');
  assert.ok(fixed.startsWith('# old: REDACTED\n'));
});

test('secret-in-file: a password in an env URL is reported without echoing it', () => {
  const text = CLEAN.replace('env:\n', 'env:\n  DATABASE_URL: postgres://app:s3cr3t-Pa55w0rd@db.staging.example.com/app\n');
  const found = findingsOf(text, 'SG201');
  assert.equal(found.length, 1);
  assert.deepEqual([found[0].range.start.line + 1, found[0].range.start.character + 1, found[0].range.end.character + 1], [15, 32, 47]);
  assert.ok(found[0].message.startsWith('A password in a URL (`…rd`) is written in the file'), found[0].message);
  assertNoSecret(found, 's3cr3t-Pa55w0rd');
});

test('secret-in-file: a JSON Web Token in an env value (e.g. a ready-made Authorization header) is a secret, never echoed', () => {
  // assembled at runtime: header.payload.signature
  const jwt = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0', 'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'].join('.');
  const text = CLEAN.replace('env:\n', `env:\n  AUTH_HEADER: "Bearer ${jwt}"\n`);
  const [f] = expectFindings('SG201', text, [
    { range: [15, 24, 15, 116], severity: 'error', message: 'A JSON Web Token (`…sR8U`) is written in the file (it matches the secret pattern sandbox-guard:jwt): anyone who can read the repository, and the agent, can use it. Revoke it, keep the value in a secrets manager and reference it with `source` and `ref`.' },
  ]);
  assertNoSecret([f], jwt);
  // a JWT-looking reference is not a secret
  expectFindings('SG201', CLEAN.replace('env:\n', 'env:\n  AUTH_HEADER: "Bearer ${STAGING_JWT}"\n'), []);
});

// Documentation placeholders in URL userinfo name the slot, they are not a secret; any variation may be a real (weak)
// password and is reported (decision documented in server/src/secrets/placeholders.ts).
const envUrl = (url: string) => CLEAN.replace('env:\n', `env:\n  DATABASE_URL: ${url}\n`);
const urlCasesValid: ValidRow[] = [
  ...['password', 'pass', 'PASSWORD', 'passwd', 'secret', 'changeme', 'example', 'xxx', '***', '<password>', 'your-password', 'YOUR_PASSWORD', 'mysecretpassword', 'password_here']
    .map((pw): ValidRow => ({ name: `placeholder ${pw}`, text: envUrl(`postgres://user:${pw}@localhost/db`) })),
  { name: 'placeholder in a comment', text: `# e.g. uri://user:pass@example.com\n${CLEAN}` },
  { name: 'a variable slot', text: envUrl('postgres://user:${DB_PASS}@localhost/db') },
];

const urlCasesInvalid: InvalidRow[] = [
  {
    name: 'real value password123',
    text: envUrl('postgres://user:password123@localhost/db'),
    errors: [
      { range: [15, 33, 15, 44], severity: 'error', message: 'A password in a URL (`[redacted]`) is written in the file (it matches the secret pattern sandbox-guard:url-password): anyone who can read the repository, and the agent, can use it. Revoke it, keep the value in a secrets manager and reference it with `source` and `ref`.' },
    ],
  },
  {
    name: 'real value hunter2',
    text: envUrl('postgres://user:hunter2@localhost/db'),
    errors: [
      { range: [15, 33, 15, 40], severity: 'error', message: 'A password in a URL (`[redacted]`) is written in the file (it matches the secret pattern sandbox-guard:url-password): anyone who can read the repository, and the agent, can use it. Revoke it, keep the value in a secrets manager and reference it with `source` and `ref`.' },
    ],
  },
  {
    name: 'real value, url-encoded leetspeak',
    text: envUrl('postgres://user:p%40ssw0rd@localhost/db'),
    errors: [
      { range: [15, 33, 15, 43], severity: 'error', message: 'A password in a URL (`[redacted]`) is written in the file (it matches the secret pattern sandbox-guard:url-password): anyone who can read the repository, and the agent, can use it. Revoke it, keep the value in a secrets manager and reference it with `source` and `ref`.' },
    ],
  },
  {
    name: 'real value in a comment',
    text: `# e.g. uri://user:Zx9kq2LmN@example.com\n${CLEAN}`,
    errors: [
      { range: [1, 19, 1, 28], severity: 'error', message: 'A password in a URL (`[redacted]`) is written in the file in a comment (it matches the secret pattern sandbox-guard:url-password): anyone who can read the repository, and the agent, can use it. Revoke it, keep the value in a secrets manager and reference it with `source` and `ref`.' },
    ],
    output: `# e.g. uri://user:REDACTED@example.com\n${CLEAN}`,
  },
];

ruleTester('SG201', { valid: urlCasesValid, invalid: urlCasesInvalid });


test('secret-in-file: a reported URL password is never echoed', () => {
  for (const c of urlCasesInvalid) {
    const pw = /:\/\/[^:]+:([^@]+)@/.exec(c.text)![1];
    const found = findingsOf(c.text, 'SG201');
    assert.equal(found.length, 1, c.name);
    // short values are shown as `[redacted]`; the word "password" in the message is not a leak of `password123`
    if (!pw.startsWith('password')) assertNoSecret(found, pw);
    else assert.ok(!JSON.stringify(found).includes(pw), 'the secret appears in the output');
  }
});
