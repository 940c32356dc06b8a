// Findings that see each other (issue 11): a live key of a provider in the file escalates that provider's
// shared-host findings to errors pointing at the key; `mode: test` on a credential makes them info; write
// methods beside a live key or a production host are an error naming both. The Stripe case of the issue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectFindings, ruleTester } from '../../helpers/ruleTester.js';

// assembled at run time, so this file never holds a scannable key
const LIVE_KEY = ['sk_', 'live_', '51HabcdefghijklmnopqrstuvwxYZ0123456789'].join('');

const PATH = 'task.sandbox.yaml';
// everything but the rules under test: their findings stay, the others' do not move with fixes
const ONLY = (keep: string[]) => ({ path: PATH, overrides: Object.fromEntries(['SG102', 'SG201', 'SG202', 'SG203', 'SG204', 'SG205', 'SG206', 'SG207', 'SG208', 'SG209', 'SG301', 'SG302', 'SG303', 'SG501', 'SG101'].filter((r) => !keep.includes(r)).map((r) => [r, 'off' as const])) });

const stripe = (cred: string, env = '') => `version: 1
name: refunds
network:
  allowlist:
    - api.stripe.com
  methods: [GET]
credentials:
  STRIPE_SECRET_KEY:
    source: vault
    ref: kv/stripe/test
    scope: task
    permissions: read-only
${cred}    hosts: [api.stripe.com]
env:
  STRIPE_API_BASE: https://api.stripe.com
${env}`;

const LIVE = `  STRIPE_LIVE_KEY: ${LIVE_KEY}\n`;
const SERVES = '`api.stripe.com` in `allowlist` serves both test and live mode of Stripe: the credential decides which one a call reaches.';
const ENV_SERVES = '`STRIPE_API_BASE` points at `api.stripe.com` (Stripe, per the catalog), which serves test and live mode alike: the key decides.';

ruleTester({ label: 'shared hosts and key evidence', rules: ['SG101', 'SG301'] }, {
  options: ONLY(['SG101', 'SG301']),
  valid: [],
  invalid: [
    {
      name: 'no statement: warnings asking for a test-mode key and the statement',
      text: stripe(''),
      errors: [
        { rule: 'SG101', range: [5, 7, 5, 21], severity: 'warning', message: `${SERVES} Make sure the credential this task uses for it is a test-mode key (sk_test_, rk_test_ or pk_test_), never a live key. Declare it with \`mode: test\` on the credential.` },
        { rule: 'SG301', range: [15, 28, 15, 42], severity: 'warning', message: `${ENV_SERVES} Make sure the credential the task uses with it is a test-mode key, never a live one, and declare it with \`mode: test\` on the credential.` },
      ],
      output: null,
    },
    {
      name: 'mode: test on the credential: the shared-host findings become info',
      text: stripe('    mode: test\n'),
      errors: [
        { rule: 'SG101', range: [5, 7, 5, 21], severity: 'info', message: `${SERVES} Credential \`STRIPE_SECRET_KEY\` declares \`mode: test\`: keep the value in the secrets manager a test-mode key (sk_test_, rk_test_ or pk_test_), never a live key.` },
        { rule: 'SG301', range: [16, 28, 16, 42], severity: 'info', message: `${ENV_SERVES} Credential \`STRIPE_SECRET_KEY\` declares \`mode: test\`: keep the value in the secrets manager a test-mode key, never a live one.` },
      ],
      output: null,
    },
    {
      name: 'a live Stripe key in the file overrides mode: test: errors pointing at the key',
      text: stripe('    mode: test\n', LIVE),
      errors: [
        { rule: 'SG101', range: [5, 7, 5, 21], severity: 'error', message: `${SERVES} This file holds a live Stripe key (\`sk_live_…6789\` in \`STRIPE_LIVE_KEY\`, line 17): with it every call through \`api.stripe.com\` reaches live mode. Remove the live key and use a test-mode key (sk_test_, rk_test_ or pk_test_), never a live key.` },
        { rule: 'SG301', range: [16, 28, 16, 42], severity: 'error', message: `${ENV_SERVES} This file holds a live Stripe key (\`sk_live_…6789\` in \`STRIPE_LIVE_KEY\`, line 17): with it every call through \`STRIPE_API_BASE\` reaches live mode. Remove the live key and use a test-mode key.` },
      ],
      output: null,
    },
  ],
});

test('a mode: test credential of another provider does not cover Stripe', () => {
  const text = stripe('').replace('credentials:\n', 'credentials:\n  TWILIO_AUTH_TOKEN:\n    source: vault\n    mode: test\n');
  const found = expectFindings({ label: 'x', rules: ['SG101'] }, text, [
    { rule: 'SG101', range: [5, 7, 5, 21], severity: 'warning', message: /^`api\.stripe\.com` in `allowlist` serves both test and live mode of Stripe: the credential decides which one a call reaches\. Make sure/ },
  ], ONLY(['SG101']));
  assert.equal(found.length, 1);
});

test('the escalated findings relate to the live key', () => {
  const found = expectFindings({ label: 'x', rules: ['SG101', 'SG301'] }, stripe('', LIVE), [
    { rule: 'SG101', range: [5, 7, 5, 21], severity: 'error', message: /live Stripe key/ },
    { rule: 'SG301', range: [15, 28, 15, 42], severity: 'error', message: /live Stripe key/ },
  ], ONLY(['SG101', 'SG301']));
  for (const f of found) {
    assert.equal(f.related?.length, 1);
    assert.equal(f.related![0].path, PATH);
    assert.deepEqual(f.related![0].range, { start: { line: 15, character: 19 }, end: { line: 15, character: 66 } });
    assert.equal(f.related![0].message, 'live Stripe key `sk_live_…6789` in `STRIPE_LIVE_KEY`');
  }
});

ruleTester('SG303', {
  options: ONLY(['SG303']),
  valid: [{ name: 'read-only methods beside a live key: nothing to write with', text: stripe('', LIVE) }],
  invalid: [
    {
      name: 'POST on a shared host beside a live key: an error naming the key',
      text: stripe('', LIVE).replace('methods: [GET]', 'methods: [GET, POST]'),
      errors: [
        { range: [6, 12, 6, 23], severity: 'error', message: '`methods` allows POST while the file holds a live Stripe key (`sk_live_…6789` in `STRIPE_LIVE_KEY`, line 16): one wrong call changes real data. Restrict `methods` to [GET, HEAD, OPTIONS] and remove the live key.' },
      ],
      output: stripe('', LIVE).replace('methods: [GET]', 'methods: [GET, HEAD, OPTIONS]'),
    },
    {
      name: 'POST with a production host and a live key: both named',
      text: stripe('', LIVE).replace('methods: [GET]', 'methods: [GET, POST]').replace('    - api.stripe.com\n', '    - api.stripe.com\n    - api-m.paypal.com\n'),
      errors: [
        { range: [7, 12, 7, 23], severity: 'error', message: '`methods` allows POST while the allowlist has production hosts (`api-m.paypal.com`) and the file holds a live Stripe key (`sk_live_…6789` in `STRIPE_LIVE_KEY`, line 17): one wrong call changes real data. Restrict `methods` to [GET, HEAD, OPTIONS] and remove the live key.' },
      ],
      output: stripe('', LIVE).replace('methods: [GET]', 'methods: [GET, HEAD, OPTIONS]').replace('    - api.stripe.com\n', '    - api.stripe.com\n    - api-m.paypal.com\n'),
    },
  ],
});
