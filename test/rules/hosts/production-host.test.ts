import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { allowlist, check, OVERRIDES, PATH, policyWith, runCase, type Case } from './run.js';

const ID = 'SG101';

const cases: Case[] = [
  {
    name: 'catalog production host -> same-role sandbox host',
    text: allowlist('api-m.paypal.com   # payments'),
    at: [[3, 7, 3, 23]],
    severity: 'error',
    says: ['`api-m.paypal.com`', 'production host of PayPal', '`api-m.sandbox.paypal.com`'],
    fixes: ['Replace with staging host api-m.sandbox.paypal.com'],
    fixed: allowlist('api-m.sandbox.paypal.com   # payments'),
  },
  {
    name: 'different sandbox domain (Square)',
    text: allowlist('connect.squareup.com'),
    at: [[3, 7, 3, 27]],
    fixed: allowlist('connect.squareupsandbox.com'),
  },
  {
    name: 'quoted entry keeps its quotes; allowlist_additions is checked too',
    text: 'network:\n  allowlist: []\n  allowlist_additions:\n    - "onlinetools.ups.com"\n',
    at: [[4, 7, 4, 28]],
    says: ['`allowlist_additions`', 'UPS'],
    fixed: 'network:\n  allowlist: []\n  allowlist_additions:\n    - "wwwcie.ups.com"\n',
  },
  {
    name: 'shared test/live host: warning naming the test key prefix, no swap',
    text: allowlist('api.stripe.com'),
    at: [[3, 7, 3, 21]],
    severity: 'warning',
    says: ['`api.stripe.com`', 'test and live mode of Stripe', 'sk_test_'],
  },
  {
    name: 'shared host without a telling prefix (Twilio)',
    text: allowlist('api.twilio.com'),
    at: [[3, 7, 3, 21]],
    severity: 'warning',
    says: ['Twilio', 'test-mode or sandbox credential'],
  },
  {
    name: 'unverified catalog fact: one step lower and said so',
    text: allowlist('acme.okta.com'),
    at: [[3, 7, 3, 20]],
    severity: 'warning',
    says: ['(unverified catalog fact)', '`*.okta.com`'],
    fixes: ['Remove acme.okta.com'],
    fixed: 'network:\n  allowlist: []\n',
  },
  {
    name: 'unverified shared host drops to info',
    text: allowlist('api.goshippo.com'),
    at: [[3, 7, 3, 23]],
    severity: 'info',
    says: ['(unverified catalog fact)', 'shippo_test_'],
  },
  {
    name: 'legacy production counts as production',
    text: allowlist('gateway.push.apple.com'),
    at: [[3, 7, 3, 29]],
    says: ['legacy production host'],
    fixed: allowlist('gateway.sandbox.push.apple.com'),
  },
  {
    name: 'provider without a sandbox host: removal, not a guess',
    text: allowlist('api.staging.example.com', 'api.kraken.com'),
    at: [[4, 7, 4, 21]],
    says: ['Kraken has no sandbox host'],
    fixes: ['Remove api.kraken.com'],
    fixed: allowlist('api.staging.example.com'),
  },
  {
    name: 'staging host already allowlisted: remove instead of creating a duplicate',
    text: allowlist('api-m.sandbox.paypal.com', 'api-m.paypal.com'),
    at: [[4, 7, 4, 23]],
    fixes: ['Remove api-m.paypal.com (staging host api-m.sandbox.paypal.com is already allowlisted)'],
    fixed: allowlist('api-m.sandbox.paypal.com'),
  },
  {
    name: 'policy productionHosts: derived swap',
    text: allowlist('api.acme.io'),
    policy: policyWith({ productionHosts: ['api.acme.io'] }),
    at: [[3, 7, 3, 18]],
    says: ['according to the policy', '`api.staging.acme.io`'],
    fixed: allowlist('api.staging.acme.io'),
  },
  {
    name: 'policy stagingHosts mapping wins over derivation',
    text: allowlist('billing.acme.io'),
    policy: policyWith({ stagingHosts: { 'billing.acme.io': 'billing-sbx.acme.dev' } }),
    at: [[3, 7, 3, 22]],
    fixed: allowlist('billing-sbx.acme.dev'),
  },
  {
    name: 'policy wildcard (matched without regexes); staging-labelled hosts under it are not production',
    text: allowlist('orders.acme.io', 'orders.staging.acme.io'),
    policy: policyWith({ productionHosts: ['*.acme.io'] }),
    at: [[3, 7, 3, 21]],
    says: ['`*.acme.io`'],
    fixes: ['Remove orders.acme.io (staging host orders.staging.acme.io is already allowlisted)'],
    fixed: allowlist('orders.staging.acme.io'),
  },
  {
    name: 'the host inside a URL is judged (SG105 reports the URL itself)',
    text: allowlist('https://api-m.paypal.com/v2/checkout'),
    at: [[3, 7, 3, 43]],
    says: ['`api-m.paypal.com`'],
    never: ['https://'],
  },
  {
    name: 'flow sequence',
    text: 'network:\n  allowlist: [production.plaid.com, api-m.paypal.com]\n',
    at: [[2, 15, 2, 35], [2, 37, 2, 53]],
    fixed: 'network:\n  allowlist: [sandbox.plaid.com, api-m.paypal.com]\n',
  },
  {
    name: 'negatives: sandbox, staging-marked and dependency hosts',
    text: allowlist('api-m.sandbox.paypal.com', 'api.staging.example.com', 'registry.npmjs.org', 'github.com', 'pypi.org', 'sandbox.plaid.com', 'wwwcie.ups.com'),
    at: [],
  },
  {
    name: 'the swap also moves the same host in credential hosts and env URLs, so nothing is left dangling',
    text: 'network:\n  allowlist:\n    - api-m.paypal.com\ncredentials:\n  STAGING_PAYPAL:\n    source: vault\n    hosts: [api-m.paypal.com]\nenv:\n  PAYPAL_BASE_URL: https://api-m.paypal.com/v2\n',
    at: [[3, 7, 3, 23]],
    fixes: ['Replace with staging host api-m.sandbox.paypal.com (and 2 credential host/env references)'],
    fixed: 'network:\n  allowlist:\n    - api-m.sandbox.paypal.com\ncredentials:\n  STAGING_PAYPAL:\n    source: vault\n    hosts: [api-m.sandbox.paypal.com]\nenv:\n  PAYPAL_BASE_URL: https://api-m.sandbox.paypal.com/v2\n',
  },
];

for (const c of cases) test(`${ID} ${c.name}`, () => runCase(ID, c));

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
