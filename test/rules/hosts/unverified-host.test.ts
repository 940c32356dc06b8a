import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowlist, check, OVERRIDES, PATH, policyWith } from './run.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const ID = 'SG102';

const valid: ValidRow[] = [
  { name: 'negatives: staging labels and hyphen parts', text: allowlist('api.staging.example.com', 'api-sandbox.acme.io', 'qa.acme.io', 'dev-eu.acme.io', 'uat.acme.io', 'acme-stg.com', 'api.example.test', 'play.playground.acme.io') },
  { name: 'negatives: dependency hosts', text: allowlist('registry.npmjs.org', 'github.com', 'pypi.org', 'files.pythonhosted.org', 'objects.githubusercontent.com', 'deb.debian.org', 'crates.io', 'proxy.golang.org') },
  { name: 'negatives: catalog hosts and hosts other rules own', text: allowlist('api-m.sandbox.paypal.com', 'api.stripe.com', 'api-m.paypal.com', '"*.example.com"', '169.254.169.254', 'localhost') },
  { name: 'a provider\'s unlisted host is judged by the policy when the team maps it', text: allowlist('api.sandbox.twilio.com'), options: { policy: policyWith({ stagingHosts: { 'api.twilio.com': 'api.sandbox.twilio.com' } }) } },
  { name: 'staging words stay the fallback for domains the catalog does not know', text: allowlist('api.sandbox.acme-payments.io', 'hooks.staging.acme.dev') },
  { name: 'policy staging hosts and markers', text: allowlist('billing-sbx.acme.dev', 'api.preview.acme.io'), options: { policy: policyWith({ stagingHosts: { 'billing.acme.dev': 'billing-sbx.acme.dev' }, stagingMarkers: ['Preview'] }) } },
];

const invalid: InvalidRow[] = [
  {
    name: 'unknown host: derived staging swap, not safe',
    text: allowlist('api.example.com  # orders API'),
    errors: [
      { range: [3, 7, 3, 22], severity: 'warning', message: '`api.example.com` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `api.staging.example.com`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).', fixes: ['Replace with derived staging host api.staging.example.com (check that it exists)'] },
    ],
    output: allowlist('api.staging.example.com  # orders API'),
  },
  {
    name: '"latest" contains "test" but is not a test label',
    text: allowlist('latest.example.com'),
    errors: [
      { range: [3, 7, 3, 25], severity: 'warning', message: '`latest.example.com` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `latest.staging.example.com`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).' },
    ],
    output: allowlist('latest.staging.example.com'),
  },
  {
    name: '"contest" is not a test host; an apex gets a staging subdomain',
    text: allowlist('contest.io'),
    errors: [
      { range: [3, 7, 3, 17], severity: 'warning', message: '`contest.io` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `staging.contest.io`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).' },
    ],
    output: allowlist('staging.contest.io'),
  },
  {
    name: 'a production label is swapped, not kept',
    text: allowlist('api-prod.acme.io'),
    errors: [
      { range: [3, 7, 3, 23], severity: 'warning', message: '`api-prod.acme.io` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `api-staging.acme.io`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).' },
    ],
    output: allowlist('api-staging.acme.io'),
  },
  {
    name: 'a marker word as the whole registrable name is someone\'s production site',
    text: allowlist('dev.to'),
    errors: [
      { range: [3, 7, 3, 13], severity: 'warning', message: '`dev.to` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `staging.dev.to`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).' },
    ],
    output: 'network:\n  allowlist:\n    - staging.dev.to\n',
  },
  {
    name: 'derived host already listed: remove instead',
    text: allowlist('api.staging.example.com', 'api.example.com'),
    errors: [
      { range: [4, 7, 4, 22], severity: 'warning', message: '`api.example.com` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `api.staging.example.com`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).', fixes: ['Remove api.example.com (api.staging.example.com is already allowlisted)'] },
    ],
    output: allowlist('api.staging.example.com'),
  },
  {
    name: 'the normalized host of a URL entry',
    text: allowlist('https://orders.example.com/v1'),
    errors: [
      { range: [3, 7, 3, 36], severity: 'warning', message: '`orders.example.com` in `allowlist` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the task can reach production. Use its staging host (perhaps `orders.staging.example.com`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).' },
    ],
    output: 'network:\n  allowlist:\n    - orders.staging.example.com\n',
  },
  {
    name: 'Twilio: a staging word under a catalogued domain does not make a sandbox host (Twilio has none)',
    text: allowlist('api.sandbox.twilio.com'),
    errors: [
      { range: [3, 7, 3, 29], severity: 'warning', message: '`api.sandbox.twilio.com` in `allowlist` is under twilio.com, but despite the `sandbox` in its name, Twilio documents no such host (catalog): the task may reach production or nothing at all. Twilio has no separate sandbox host: it offers test credentials against the production host `api.twilio.com`. Use `api.twilio.com` with a test-mode credential, and declare that with `mode: test` on the credential. If it really is a test host of your Twilio account, record it in stagingHosts of .sandbox-guard.yaml.', fixes: [] },
    ],
    output: null,
  },
  {
    name: 'Stripe: hooks.staging.stripe.com, test-mode keys on the shared host instead',
    text: allowlist('hooks.staging.stripe.com'),
    errors: [
      { range: [3, 7, 3, 31], severity: 'warning', message: '`hooks.staging.stripe.com` in `allowlist` is under stripe.com, but despite the `staging` in its name, Stripe documents no such host (catalog): the task may reach production or nothing at all. Stripe has no separate sandbox host: it offers test-mode keys (sk_test_, rk_test_, pk_test_) against the production host `hooks.stripe.com`. Use `hooks.stripe.com` with a test-mode credential, and declare that with `mode: test` on the credential. If it really is a test host of your Stripe account, record it in stagingHosts of .sandbox-guard.yaml.', fixes: [] },
    ],
    output: null,
  },
  {
    name: 'PayPal: an invented staging host gets the documented sandbox host',
    text: allowlist('api-m.staging.paypal.com'),
    errors: [
      { range: [3, 7, 3, 31], severity: 'warning', message: '`api-m.staging.paypal.com` in `allowlist` is under paypal.com, but despite the `staging` in its name, PayPal documents no such host (catalog): the task may reach production or nothing at all. PayPal documents its sandbox at `api-m.sandbox.paypal.com` (and `api.sandbox.paypal.com`, `www.sandbox.paypal.com`). Use `api-m.sandbox.paypal.com` instead. If it really is a test host of your PayPal account, record it in stagingHosts of .sandbox-guard.yaml.', fixes: ['Replace with PayPal sandbox host api-m.sandbox.paypal.com'] },
    ],
    output: allowlist('api-m.sandbox.paypal.com'),
  },
  {
    name: 'Stripe: the shared host already listed: remove the invented one',
    text: allowlist('api.stripe.com', 'api.sandbox.stripe.com'),
    errors: [
      { range: [4, 7, 4, 29], severity: 'warning', message: /^`api\.sandbox\.stripe\.com` in `allowlist` is under stripe\.com, but despite the `sandbox` in its name, Stripe documents no such host/, fixes: ['Remove api.sandbox.stripe.com (api.stripe.com is already allowlisted: use a test-mode key with it)'] },
    ],
    output: allowlist('api.stripe.com'),
  },
  {
    name: 'the sandbox host already listed: remove the invented one',
    text: allowlist('api-m.sandbox.paypal.com', 'api-m.staging.paypal.com'),
    errors: [
      { range: [4, 7, 4, 31], severity: 'warning', message: /^`api-m\.staging\.paypal\.com` in `allowlist` is under paypal\.com/, fixes: ['Remove api-m.staging.paypal.com (PayPal sandbox api-m.sandbox.paypal.com is already allowlisted)'] },
    ],
    output: allowlist('api-m.sandbox.paypal.com'),
  },
];

ruleTester(ID, { options: { path: PATH, overrides: OVERRIDES }, valid, invalid });

test(`${ID} never marks its guess safe`, () => {
  const [f] = check(allowlist('api.example.com')).filter((x) => x.ruleId === ID);
  assert.notEqual(f.fixes[0].safe, true);
});

test(`${ID} only allowlist lists: credential hosts are another rule's`, () => {
  const text = 'network:\n  allowlist: []\ncredentials:\n  STAGING_KEY:\n    source: vault\n    hosts: [api.example.com]\n';
  assert.equal(check(text).filter((x) => x.ruleId === ID).length, 0);
});
