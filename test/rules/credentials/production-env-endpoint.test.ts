import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
import { hostsInValue } from '../../../server/src/rules/task/envEndpoints.js';
import { CLEAN, PATH, policyWith, runCase, type Case } from './helpers.js';

const withEnv = (line: string, allow = 'api.staging.example.com') => `network:\n  allowlist: [${allow}]\nenv:\n  ${line}\n`;
const ACME = { path: PATH, policy: policyWith({ stagingHosts: { 'api.acme.io': 'api.acme-staging.io' } }) };

const cases: Case[] = [
  { name: 'PayPal production URL', text: withEnv('PAYPAL_BASE: https://api-m.paypal.com/v2/checkout'), expect: [[4, 24, 4, 40]], severities: ['error'], messages: [['`PAYPAL_BASE` points at the production host `api-m.paypal.com` (PayPal, per the catalog)', 'Use `api-m.sandbox.paypal.com`']] },
  { name: 'bare production host', text: withEnv('PAYPAL_HOST: api-m.paypal.com'), expect: [[4, 16, 4, 32]], severities: ['error'] },
  { name: 'userinfo, port and query around the host', text: withEnv("PAYPAL_BASE: 'https://svc@api-m.paypal.com:443/v2?x=1'"), expect: [[4, 29, 4, 45]] },
  { name: 'policy production host', text: withEnv('ACME_URL: https://api.acme.io/v1'), expect: [[4, 21, 4, 32]], options: ACME, messages: ['Use `api.acme-staging.io`'] },
  { name: 'shared test/live host: warning about the key', text: withEnv('STRIPE_BASE: https://api.stripe.com'), expect: [[4, 24, 4, 38]], severities: ['warning'], messages: ['serves test and live mode alike: the key decides. Make sure the credential the task uses with it is a test-mode key'] },
  { name: 'sandbox host', text: withEnv('PAYPAL_BASE: https://api-m.sandbox.paypal.com/v2'), expect: [] },
  { name: 'unknown host is not production', text: withEnv('API: https://api.example.com'), expect: [] },
  { name: 'templated and non-host values', text: withEnv('A: ${API_URL}\n  B: "1.5"\n  C: hello world\n  D: v2'), expect: [] },
  { name: 'the clean config', text: CLEAN, expect: [] },
];

test('production-env-endpoint: table', () => {
  for (const c of cases) runCase('SG301', c);
});

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
