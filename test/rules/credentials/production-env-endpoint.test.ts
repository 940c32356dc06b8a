import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
import { hostsInValue } from '../../../server/src/hosts/urlHosts.js';
import { CLEAN, PATH, policyWith } from './helpers.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const withEnv = (line: string, allow = 'api.staging.example.com') => `network:\n  allowlist: [${allow}]\nenv:\n  ${line}\n`;
const ACME = { path: PATH, policy: policyWith({ stagingHosts: { 'api.acme.io': 'api.acme-staging.io' } }) };

const valid: ValidRow[] = [
  { name: 'sandbox host', text: withEnv('PAYPAL_BASE: https://api-m.sandbox.paypal.com/v2') },
  { name: 'unknown host is not production', text: withEnv('API: https://api.example.com') },
  { name: 'templated and non-host values', text: withEnv('A: ${API_URL}\n  B: "1.5"\n  C: hello world\n  D: v2') },
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'PayPal production URL',
    text: withEnv('PAYPAL_BASE: https://api-m.paypal.com/v2/checkout'),
    errors: [
      { range: [4, 24, 4, 40], severity: 'error', message: '`PAYPAL_BASE` points at the production host `api-m.paypal.com` (PayPal, per the catalog): every call the task makes through it reaches production. Use `api-m.sandbox.paypal.com`.' },
    ],
    output: 'network:\n  allowlist: [api.staging.example.com]\nenv:\n  PAYPAL_BASE: https://api-m.sandbox.paypal.com/v2/checkout\n',
  },
  {
    name: 'bare production host',
    text: withEnv('PAYPAL_HOST: api-m.paypal.com'),
    errors: [
      { range: [4, 16, 4, 32], severity: 'error', message: '`PAYPAL_HOST` points at the production host `api-m.paypal.com` (PayPal, per the catalog): every call the task makes through it reaches production. Use `api-m.sandbox.paypal.com`.' },
    ],
    output: 'network:\n  allowlist: [api.staging.example.com]\nenv:\n  PAYPAL_HOST: api-m.sandbox.paypal.com\n',
  },
  {
    name: 'userinfo, port and query around the host',
    text: withEnv("PAYPAL_BASE: 'https://svc@api-m.paypal.com:443/v2?x=1'"),
    errors: [
      { range: [4, 29, 4, 45], severity: 'error', message: '`PAYPAL_BASE` points at the production host `api-m.paypal.com` (PayPal, per the catalog): every call the task makes through it reaches production. Use `api-m.sandbox.paypal.com`.' },
    ],
    output: 'network:\n  allowlist: [api.staging.example.com]\nenv:\n  PAYPAL_BASE: \'https://svc@api-m.sandbox.paypal.com:443/v2?x=1\'\n',
  },
  {
    name: 'policy production host',
    text: withEnv('ACME_URL: https://api.acme.io/v1'),
    options: ACME,
    errors: [
      { range: [4, 21, 4, 32], severity: 'error', message: '`ACME_URL` points at the production host `api.acme.io` (policy): every call the task makes through it reaches production. Use `api.acme-staging.io`.' },
    ],
    output: 'network:\n  allowlist: [api.staging.example.com]\nenv:\n  ACME_URL: https://api.acme-staging.io/v1\n',
  },
  {
    name: 'shared test/live host: warning about the key',
    text: withEnv('STRIPE_BASE: https://api.stripe.com'),
    errors: [
      { range: [4, 24, 4, 38], severity: 'warning', message: '`STRIPE_BASE` points at `api.stripe.com` (Stripe, per the catalog), which serves test and live mode alike: the key decides. Make sure the credential the task uses with it is a test-mode key, never a live one, and declare it with `mode: test` on the credential.' },
    ],
  },
  {
    name: 'a swap drops or rewords the production comment after the value',
    text: withEnv('PAYPAL_BASE: https://api-m.paypal.com/v2  # Production PayPal\n  PAYPAL_HOST: api-m.paypal.com # prod'),
    errors: [
      { range: [4, 24, 4, 40], severity: 'error', message: '`PAYPAL_BASE` points at the production host `api-m.paypal.com` (PayPal, per the catalog): every call the task makes through it reaches production. Use `api-m.sandbox.paypal.com`.', fixes: ['Use api-m.sandbox.paypal.com instead of api-m.paypal.com (and its comment)'] },
      { range: [5, 16, 5, 32], severity: 'error', message: '`PAYPAL_HOST` points at the production host `api-m.paypal.com` (PayPal, per the catalog): every call the task makes through it reaches production. Use `api-m.sandbox.paypal.com`.', fixes: ['Use api-m.sandbox.paypal.com instead of api-m.paypal.com (and drop its production comment)'] },
    ],
    output: withEnv('PAYPAL_BASE: https://api-m.sandbox.paypal.com/v2  # Sandbox PayPal\n  PAYPAL_HOST: api-m.sandbox.paypal.com'),
  },
];

// SG302 is off: a swapped env host is not allowlisted yet, so SG302's message changes with the fix (the swap
// does not add the staging host to the allowlist; SG302's own fix does).
ruleTester('SG301', { options: { path: 'task.sandbox.yaml', overrides: { SG302: 'off' } }, valid, invalid });

test('production-env-endpoint: hosts in values', () => {
  assert.deepEqual(hostsInValue('https://u:p@[::1]:8443/x'), [{ raw: '[::1]', start: 12, url: true }]);
  assert.deepEqual(hostsInValue('a.example.com, b.example.com:80'), [{ raw: 'a.example.com', start: 0, url: false }, { raw: 'b.example.com', start: 15, url: false }]);
  assert.deepEqual(hostsInValue('${X}'), []);
  assert.deepEqual(hostsInValue('a'.repeat(100_000)), []);
});

test('production-env-endpoint: the fix swaps only the host, keeping scheme, path and quotes', () => {
  const [a] = assertFixesWork(withEnv('PAYPAL_BASE: "https://api-m.paypal.com/v2/checkout"  # orders', 'api-m.sandbox.paypal.com'), 'SG301');
  assert.ok(a.includes('PAYPAL_BASE: "https://api-m.sandbox.paypal.com/v2/checkout"  # orders\n'), a);
  const [b] = assertFixesWork(withEnv('ACME_URL: https://api.acme.io/v1', 'api.acme-staging.io'), 'SG301', ACME);
  assert.ok(b.includes('ACME_URL: https://api.acme-staging.io/v1\n'), b);
  const f = checkText(withEnv('ACME_URL: https://api.acme.io/v1'), ACME).findings.find((x) => x.ruleId === 'SG301')!;
  assert.equal(f.fixes[0].safe, true);
  assert.equal(f.fixes[0].preferred, true);
});

test('production-env-endpoint: a value with escapes is reported whole, without a swap', () => {
  const found = checkText(withEnv('PAYPAL_BASE: "https://api-m.paypal.com/v2\\u0041"'), { path: PATH }).findings.filter((x) => x.ruleId === 'SG301');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].fixes, []);
  assert.equal(found[0].range.start.character, 15);
});
