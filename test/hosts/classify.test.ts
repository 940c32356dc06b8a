import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../server/src/catalog/catalog.js';
import { classifyHost, deriveStagingHost, stagingFor, type HostKind } from '../../server/src/hosts/classify.js';
import { catalogFactsFor, compilePattern, globMatch } from '../../server/src/hosts/catalogHosts.js';
import { emptyPolicy, type Policy } from '../../server/src/core/policy.js';

const catalog = loadCatalog();
const none = emptyPolicy();
const policy: Policy = {
  ...emptyPolicy(),
  stagingHosts: { 'API.Acme.io': 'api.sbx.acme.dev', 'api-m.paypal.com': 'paypal-mock.acme.dev' },
  productionHosts: ['billing.acme.io', '*.acme.com'],
  stagingMarkers: ['preview'],
};

const kinds: [string, HostKind, Policy?, Partial<{ provider: string; unverified: boolean; env: string; pattern: string }>?][] = [
  ['api-m.paypal.com', 'production', none, { provider: 'PayPal, Venmo', env: 'production' }],
  ['API-M.PAYPAL.COM', 'production'],
  ['https://connect.squareup.com/v2', 'production', none, { provider: 'Square' }],
  ['api.pro.coinbase.com', 'production', none, { env: 'legacy-production', unverified: true }],
  ['f4bexperience.flutterwave.com', 'production'], // looks like a test host, is production
  ['acme.my.salesforce.com', 'production', none, { pattern: '*.my.salesforce.com' }],
  ['acme--uat.sandbox.my.salesforce.com', 'sandbox', none, { pattern: '*--*.sandbox.my.salesforce.com' }], // the more specific pattern wins
  ['1234567-sb1.suitetalk.api.netsuite.com', 'sandbox'],
  ['1234567.suitetalk.api.netsuite.com', 'shared'],
  ['acme.okta.com', 'production', none, { unverified: true }],
  ['dev-123.okta.com', 'staging-marked'], // a staging label beats a broad production wildcard
  ['api.stripe.com', 'shared', none, { provider: 'Stripe', unverified: false }],
  ['api.twilio.com', 'shared'],
  ['wwwcie.ups.com', 'sandbox'], // looks like production, is UPS's test environment
  ['demo.docusign.net', 'sandbox'], // exact sandbox host under the production *.docusign.net
  ['demo-api.binance.com', 'sandbox'],
  ['api.sandbox.twilio.com', 'unknown'], // under a catalogued provider's domain the catalog decides, not the word
  ['hooks.staging.stripe.com', 'unknown'],
  ['api-m.staging.paypal.com', 'unknown'],
  ['api.staging.example.com', 'staging-marked'],
  ['api-uat.example.com', 'staging-marked'],
  ['acme-sandbox.com', 'staging-marked'],
  ['api.example.test', 'staging-marked'],
  ['latest.example.com', 'unknown'],
  ['contest.io', 'unknown'],
  ['testing123.example.com', 'unknown'],
  ['test.com', 'unknown'],
  ['dev.to', 'unknown'],
  ['registry.npmjs.org', 'dependency'],
  ['github.com', 'dependency'],
  ['pypi.org', 'dependency'],
  ['files.pythonhosted.org', 'dependency'],
  ['deb.debian.org', 'dependency'],
  ['management.azure.com', 'unknown'], // broad company domains are not dependency domains
  ['169.254.169.254', 'metadata'],
  ['0xa9fea9fe', 'metadata'],
  ['metadata.google.internal', 'metadata'],
  ['localhost', 'metadata'],
  ['redis', 'metadata'],
  ['api.acme.io', 'production', policy],
  ['api.sbx.acme.dev', 'sandbox', policy],
  ['billing.acme.io', 'production', policy],
  ['shop.acme.com', 'production', policy, { pattern: '*.acme.com' }],
  ['shop.staging.acme.com', 'staging-marked', policy],
  ['api.preview.acme.io', 'staging-marked', policy],
  ['api-m.paypal.com', 'production', policy],
  ['paypal-mock.acme.dev', 'sandbox', policy],
  ['*.my.salesforce.com', 'production'],
  ['*.acme.com', 'production', policy],
  ['*.example.com', 'unknown'],
  ['a..b', 'unknown'],
];

for (const [host, kind, p, extra] of kinds) {
  test(`classifyHost ${host}${p && p !== none ? ' (policy)' : ''} -> ${kind}`, () => {
    const c = classifyHost(host, catalog, p ?? none);
    assert.equal(c.kind, kind, c.reason);
    for (const [k, v] of Object.entries(extra ?? {})) assert.equal((c as unknown as Record<string, unknown>)[k], v, k);
  });
}

const swaps: [string, string | undefined, string?, Policy?][] = [
  ['api-m.paypal.com', 'api-m.sandbox.paypal.com', 'catalog'],
  ['api.paypal.com', 'api.sandbox.paypal.com', 'catalog'],
  ['connect.squareup.com', 'connect.squareupsandbox.com', 'catalog'],
  ['web.squarecdn.com', 'sandbox.web.squarecdn.com', 'catalog'],
  ['checkout-live.adyen.com', 'checkout-test.adyen.com', 'catalog'],
  ['production.plaid.com', 'sandbox.plaid.com', 'catalog'],
  ['api.wise.com', 'api.wise-sandbox.com', 'catalog'],
  ['sellingpartnerapi-eu.amazon.com', 'sandbox.sellingpartnerapi-eu.amazon.com', 'catalog'],
  ['api.gocardless.com', 'api-sandbox.gocardless.com', 'catalog'],
  ['onlinetools.ups.com', 'wwwcie.ups.com', 'catalog'],
  ['api.kraken.com', undefined], // Kraken Spot has no sandbox: the Futures demo is not its counterpart
  ['api.stripe.com', undefined], // shared: nothing to swap, the key decides
  ['acme.my.salesforce.com', undefined], // a pattern: the sandbox name cannot be guessed
  ['api.example.com', 'api.staging.example.com', 'derived'],
  ['example.com', 'staging.example.com', 'derived'],
  ['api-prod.example.com', 'api-staging.example.com', 'derived'],
  ['api.prod.example.co.uk', 'api.staging.example.co.uk', 'derived'],
  ['my-app.herokuapp.com', 'my-app-staging.herokuapp.com', 'derived'],
  ['shop-prod.herokuapp.com', 'shop-staging.herokuapp.com', 'derived'],
  ['acme-live.com', 'acme-staging.com', 'derived'],
  ['my-bucket.s3.eu-west-1.amazonaws.com', 'my-bucket-staging.s3.eu-west-1.amazonaws.com', 'derived'],
  ['registry.npmjs.org', undefined],
  ['169.254.169.254', undefined],
  ['*.example.com', undefined],
  ['api.acme.io', 'api.sbx.acme.dev', 'policy', policy],
  ['api-m.paypal.com', 'paypal-mock.acme.dev', 'policy', policy],
];

for (const [host, expected, from, p] of swaps) {
  test(`stagingFor ${host} -> ${expected}`, () => {
    const s = stagingFor(host, catalog, p ?? none);
    assert.equal(s?.host, expected);
    assert.equal(s?.from, from);
    if (s) assert.notEqual(classifyHost(s.host, catalog, p ?? none).kind, 'production', 'a swap target must not itself be production');
  });
}

test('every catalog swap target is a sandbox host of the same provider', () => {
  let checked = 0;
  for (const [host, facts] of catalog.byHost) {
    if (!facts.some((f) => f.host.env === 'production')) continue;
    const s = stagingFor(host, catalog, none);
    if (!s) continue;
    checked++;
    assert.equal(s.from, 'catalog', host);
    const c = classifyHost(s.host, catalog, none);
    assert.equal(c.kind, 'sandbox', `${host} -> ${s.host}`);
    assert.ok(facts.some((f) => c.facts.some((g) => g.provider === f.provider)), `${host} -> ${s.host}: same provider`);
  }
  assert.ok(checked > 60, `only ${checked} swaps`);
});

test('no catalog production host is mistaken for a dependency host', () => {
  for (const [host, facts] of catalog.byHost) {
    if (host.includes(':')) continue; // `127.0.0.1:7496` (IBKR's local TWS port) is an internal endpoint here
    if (facts.some((f) => f.host.env === 'production')) assert.equal(classifyHost(host, catalog, none).kind, 'production', host);
  }
});

test('derived swaps stay valid host names and carry a staging label', () => {
  assert.equal(deriveStagingHost('a'.repeat(250) + '.com'), undefined);
  assert.equal(deriveStagingHost('com'), undefined);
  assert.equal(classifyHost(deriveStagingHost('orders.example.com')!, catalog, none).kind, 'staging-marked');
});

test('catalog wildcards: one or more characters, digit classes, most specific first', () => {
  assert.ok(globMatch(compilePattern('*.okta.com'), 'acme.okta.com'));
  assert.ok(!globMatch(compilePattern('*.okta.com'), '.okta.com'));
  assert.ok(globMatch(compilePattern('*-sb[0-9]*.suitetalk.api.netsuite.com'), '123-sb2.suitetalk.api.netsuite.com'));
  assert.ok(!globMatch(compilePattern('*-sb[0-9]*.suitetalk.api.netsuite.com'), '123-sbx.suitetalk.api.netsuite.com'));
  assert.ok(globMatch(compilePattern('*--*.sandbox.my.salesforce.com'), 'a--b.sandbox.my.salesforce.com'));
  assert.equal(catalogFactsFor('x--y.sandbox.my.salesforce.com', catalog).pattern, '*--*.sandbox.my.salesforce.com');
  // hostile: backtracking stays bounded by pattern × host length
  assert.ok(!globMatch(compilePattern('*a*a*a*a*b'), 'a'.repeat(5000)));
});
