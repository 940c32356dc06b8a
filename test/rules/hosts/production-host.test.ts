import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { allowlist, check, OVERRIDES, PATH, policyWith } from './run.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const ID = 'SG101';

const valid: ValidRow[] = [
  { name: 'negatives: sandbox, staging-marked and dependency hosts', text: allowlist('api-m.sandbox.paypal.com', 'api.staging.example.com', 'registry.npmjs.org', 'github.com', 'pypi.org', 'sandbox.plaid.com', 'wwwcie.ups.com') },
];

const invalid: InvalidRow[] = [
  {
    name: 'a swap drops a trailing comment that only said production',
    text: allowlist('api-m.paypal.com  # production'),
    errors: [
      { range: [3, 7, 3, 23], severity: 'error', message: '`api-m.paypal.com` in `allowlist` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).', fixes: ['Replace with staging host api-m.sandbox.paypal.com (and drop its production comment)'] },
    ],
    output: allowlist('api-m.sandbox.paypal.com'),
  },
  {
    name: 'a swap rewords a longer comment that names production, and keeps the rest',
    text: allowlist('api-m.paypal.com  # Production PayPal API (payments, SEC-12)'),
    errors: [
      { range: [3, 7, 3, 23], severity: 'error', message: '`api-m.paypal.com` in `allowlist` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).', fixes: ['Replace with staging host api-m.sandbox.paypal.com (and its comment)'] },
    ],
    output: allowlist('api-m.sandbox.paypal.com  # Sandbox PayPal API (payments, SEC-12)'),
  },
  {
    name: 'a comment of a flow sequence is about the whole line: left alone',
    text: 'network:\n  allowlist: [api-m.paypal.com] # production\n',
    errors: [
      { range: [2, 15, 2, 31], severity: 'error', message: '`api-m.paypal.com` in `allowlist` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).', fixes: ['Replace with staging host api-m.sandbox.paypal.com'] },
    ],
    output: 'network:\n  allowlist: [api-m.sandbox.paypal.com] # production\n',
  },
  {
    name: 'catalog production host -> same-role sandbox host',
    text: allowlist('api-m.paypal.com   # payments'),
    errors: [
      { range: [3, 7, 3, 23], severity: 'error', message: '`api-m.paypal.com` in `allowlist` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).', fixes: ['Replace with staging host api-m.sandbox.paypal.com'] },
    ],
    output: allowlist('api-m.sandbox.paypal.com   # payments'),
  },
  {
    name: 'different sandbox domain (Square)',
    text: allowlist('connect.squareup.com'),
    errors: [
      { range: [3, 7, 3, 27], severity: 'error', message: '`connect.squareup.com` in `allowlist` is a production host of Square: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `connect.squareupsandbox.com` (the Square sandbox).' },
    ],
    output: allowlist('connect.squareupsandbox.com'),
  },
  {
    name: 'quoted entry keeps its quotes; allowlist_additions is checked too',
    text: 'network:\n  allowlist: []\n  allowlist_additions:\n    - "onlinetools.ups.com"\n',
    errors: [
      { range: [4, 7, 4, 28], severity: 'error', message: '`onlinetools.ups.com` in `allowlist_additions` is a production host of UPS APIs: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `wwwcie.ups.com` (the UPS APIs sandbox).' },
    ],
    output: 'network:\n  allowlist: []\n  allowlist_additions:\n    - "wwwcie.ups.com"\n',
  },
  {
    name: 'shared test/live host: warning naming the test key prefix, no swap',
    text: allowlist('api.stripe.com'),
    errors: [
      { range: [3, 7, 3, 21], severity: 'warning', message: '`api.stripe.com` in `allowlist` serves both test and live mode of Stripe: the credential decides which one a call reaches. Make sure the credential this task uses for it is a test-mode key (sk_test_, rk_test_ or pk_test_), never a live key. Declare it with `mode: test` on the credential.' },
    ],
  },
  {
    name: 'shared host without a telling prefix (Twilio)',
    text: allowlist('api.twilio.com'),
    errors: [
      { range: [3, 7, 3, 21], severity: 'warning', message: '`api.twilio.com` in `allowlist` serves both test and live mode of Twilio: the credential decides which one a call reaches. Make sure the credential this task uses for it is a test-mode or sandbox credential (created in the provider\'s test mode, not a live one). Declare it with `mode: test` on the credential.' },
    ],
  },
  {
    name: 'unverified catalog fact: one step lower and said so',
    text: allowlist('acme.okta.com'),
    errors: [
      { range: [3, 7, 3, 20], severity: 'warning', message: '`acme.okta.com` in `allowlist` matches `*.okta.com`, a production pattern of Okta in the catalog (unverified catalog fact): an agent task that can reach it acts on live accounts, real money and real customer data. Okta has no sandbox host for it in the catalog: remove the entry, or map it to a staging host in stagingHosts of .sandbox-guard.yaml.', fixes: ['Remove acme.okta.com'] },
    ],
    output: 'network:\n  allowlist: []\n',
  },
  {
    name: 'unverified shared host drops to info',
    text: allowlist('api.goshippo.com'),
    errors: [
      { range: [3, 7, 3, 23], severity: 'info', message: '`api.goshippo.com` in `allowlist` serves both test and live mode of Shippo (unverified catalog fact): the credential decides which one a call reaches. Make sure the credential this task uses for it is a test-mode key (shippo_test_), never a live key. Declare it with `mode: test` on the credential.' },
    ],
  },
  {
    name: 'legacy production counts as production',
    text: allowlist('gateway.push.apple.com'),
    errors: [
      { range: [3, 7, 3, 29], severity: 'error', message: '`gateway.push.apple.com` in `allowlist` is a legacy production host of Apple Push Notification service: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `gateway.sandbox.push.apple.com` (the Apple Push Notification service sandbox).' },
    ],
    output: allowlist('gateway.sandbox.push.apple.com'),
  },
  {
    name: 'provider without a sandbox host: removal, not a guess',
    text: allowlist('api.staging.example.com', 'api.kraken.com'),
    errors: [
      { range: [4, 7, 4, 21], severity: 'error', message: '`api.kraken.com` in `allowlist` is a production host of Kraken: an agent task that can reach it acts on live accounts, real money and real customer data. Kraken has no sandbox host for it in the catalog: remove the entry, or map it to a staging host in stagingHosts of .sandbox-guard.yaml.', fixes: ['Remove api.kraken.com'] },
    ],
    output: allowlist('api.staging.example.com'),
  },
  {
    name: 'staging host already allowlisted: remove instead of creating a duplicate',
    text: allowlist('api-m.sandbox.paypal.com', 'api-m.paypal.com'),
    errors: [
      { range: [4, 7, 4, 23], severity: 'error', message: '`api-m.paypal.com` in `allowlist` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Remove it: its staging host `api-m.sandbox.paypal.com` is already allowlisted.', fixes: ['Remove api-m.paypal.com (staging host api-m.sandbox.paypal.com is already allowlisted)'] },
    ],
    output: allowlist('api-m.sandbox.paypal.com'),
  },
  {
    name: 'policy productionHosts: derived swap',
    text: allowlist('api.acme.io'),
    options: { policy: policyWith({ productionHosts: ['api.acme.io'] }) },
    errors: [
      { range: [3, 7, 3, 18], severity: 'error', message: '`api.acme.io` in `allowlist` is a production host according to the policy (.sandbox-guard.yaml): an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api.staging.acme.io` (derived from the name: check that it exists).' },
    ],
    output: allowlist('api.staging.acme.io'),
  },
  {
    name: 'policy stagingHosts mapping wins over derivation',
    text: allowlist('billing.acme.io'),
    options: { policy: policyWith({ stagingHosts: { 'billing.acme.io': 'billing-sbx.acme.dev' } }) },
    errors: [
      { range: [3, 7, 3, 22], severity: 'error', message: '`billing.acme.io` in `allowlist` is a production host according to the policy (.sandbox-guard.yaml): an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `billing-sbx.acme.dev` (from stagingHosts in the policy).' },
    ],
    output: allowlist('billing-sbx.acme.dev'),
  },
  {
    name: 'policy wildcard (matched without regexes); staging-labelled hosts under it are not production',
    text: allowlist('orders.acme.io', 'orders.staging.acme.io'),
    options: { policy: policyWith({ productionHosts: ['*.acme.io'] }) },
    errors: [
      { range: [3, 7, 3, 21], severity: 'error', message: '`orders.acme.io` in `allowlist` matches the production pattern `*.acme.io` in productionHosts of the policy: an agent task that can reach it acts on live accounts, real money and real customer data. Remove it: its staging host `orders.staging.acme.io` is already allowlisted.', fixes: ['Remove orders.acme.io (staging host orders.staging.acme.io is already allowlisted)'] },
    ],
    output: allowlist('orders.staging.acme.io'),
  },
  {
    name: 'the host inside a URL is judged (SG105 reports the URL itself)',
    text: allowlist('https://api-m.paypal.com/v2/checkout'),
    errors: [
      { range: [3, 7, 3, 43], severity: 'error', message: '`api-m.paypal.com` in `allowlist` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).' },
    ],
    output: 'network:\n  allowlist:\n    - api-m.sandbox.paypal.com\n',
  },
  {
    name: 'flow sequence',
    text: 'network:\n  allowlist: [production.plaid.com, api-m.paypal.com]\n',
    errors: [
      { range: [2, 15, 2, 35], severity: 'error', message: '`production.plaid.com` in `allowlist` is a production host of Plaid: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `sandbox.plaid.com` (the Plaid sandbox).' },
      { range: [2, 37, 2, 53], severity: 'error', message: '`api-m.paypal.com` in `allowlist` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).' },
    ],
    output: 'network:\n  allowlist: [sandbox.plaid.com, api-m.sandbox.paypal.com]\n',
  },
  {
    name: 'the swap also moves the same host in credential hosts and env URLs, so nothing is left dangling',
    text: 'network:\n  allowlist:\n    - api-m.paypal.com\ncredentials:\n  STAGING_PAYPAL:\n    source: vault\n    hosts: [api-m.paypal.com]\nenv:\n  PAYPAL_BASE_URL: https://api-m.paypal.com/v2\n',
    errors: [
      { range: [3, 7, 3, 23], severity: 'error', message: '`api-m.paypal.com` in `allowlist` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).', fixes: ['Replace with staging host api-m.sandbox.paypal.com (and 2 credential host/env references)'] },
    ],
    output: 'network:\n  allowlist:\n    - api-m.sandbox.paypal.com\ncredentials:\n  STAGING_PAYPAL:\n    source: vault\n    hosts: [api-m.sandbox.paypal.com]\nenv:\n  PAYPAL_BASE_URL: https://api-m.sandbox.paypal.com/v2\n',
  },
];

ruleTester(ID, { options: { path: PATH, overrides: OVERRIDES }, valid, invalid });

test(`${ID} policy wildcard without the staging host listed: derived swap under the same domain`, () => {
  const f = check(allowlist('orders.acme.io'), policyWith({ productionHosts: ['*.acme.io'] })).filter((x) => x.ruleId === ID);
  assert.deepEqual(f[0].fixes.map((x) => x.title), ['Replace with staging host orders.staging.acme.io']);
  assertFixesWork(allowlist('orders.acme.io'), ID, { path: PATH, policy: policyWith({ productionHosts: ['*.acme.io'] }), overrides: OVERRIDES });
});

test(`${ID} catalog swaps are safe, derived ones are not`, () => {
  const [catalog] = check(allowlist('api-m.paypal.com')).filter((x) => x.ruleId === ID);
  assert.equal(catalog.fixes[0].safe, true);
  assert.equal(catalog.fixes[0].preferred, true);
  const [derived] = check(allowlist('api.acme.io'), policyWith({ productionHosts: ['api.acme.io'] })).filter((x) => x.ruleId === ID);
  assert.equal(derived.fixes[0].safe, false);
});

test(`${ID} severity can be turned off by the policy`, () => {
  assert.equal(check(allowlist('api-m.paypal.com'), policyWith({ rules: { 'production-host': 'off' } })).filter((x) => x.ruleId === ID).length, 0);
});

test('shared-host key prefixes from the catalog', () => {
  const msg = (h: string) => check(allowlist(h)).find((f) => f.ruleId === 'SG101')!.message;
  assert.match(msg('api.razorpay.com'), /rzp_test_/);
  assert.match(msg('api.easypost.com'), /EZTK/);
  assert.match(msg('api.paystack.co'), /sk_test_/);
});
