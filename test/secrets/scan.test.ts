import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../server/src/catalog/catalog.js';
import { compilePatterns, safeSource } from '../../server/src/secrets/patterns.js';
import { scanSecrets, SCAN_WINDOW } from '../../server/src/secrets/scan.js';

const catalog = loadCatalog();
// Keys are assembled at runtime so this file never holds a scannable secret.
const j = (...p: string[]) => p.join('');
const HEX32 = '0123456789abcdef0123456789abcdef';

test('patterns: every catalog regex compiles or is skipped with a reason', () => {
  const { patterns, skipped } = compilePatterns(catalog);
  // the catalog's patterns plus three built-ins (passwords in URLs, Stripe publishable keys, JSON Web Tokens)
  assert.equal(patterns.length + skipped.length, catalog.secretPatterns.length + 3);
  assert.ok(patterns.some((p) => p.id === 'sandbox-guard:url-password'));
  assert.ok(patterns.some((p) => p.id === 'sandbox-guard:stripe-publishable' && p.publishable));
  assert.ok(patterns.some((p) => p.id === 'sandbox-guard:jwt'));
  assert.equal(catalog.secretPatterns.length, 82);
  assert.deepEqual(skipped.map((s) => s.id).sort(), ['secrets-patterns-db:Braintree API Key', 'trufflehog:braintreepayments', 'trufflehog:paypaloauth']);
  for (const p of patterns) {
    assert.ok(p.keywords.length > 0, `${p.id} has no prefilter keyword`);
    assert.ok(p.re.global && p.re.hasIndices && !p.re.multiline, p.id);
  }
});

test('patterns: leading keyword windows are dropped (okta was quadratic)', () => {
  assert.equal(safeSource('[\\w.-]{0,50}?(?:[\\w.-]{0,50}?(?:okta))x'), '(?:(?:okta))x');
  assert.equal(safeSource('[\\w.-]{0,50}?(?:mailgun)'), '(?:mailgun)');
  assert.equal(safeSource('sk_live_[0-9a-z]{24}'), 'sk_live_[0-9a-z]{24}');
});

const samples: [string, string, string, 'live' | 'test' | 'unknown'][] = [
  // [line prefix, secret, provider, mode]
  ['key: ', j('sk_', 'live_', '4eC39HqLyjWDarjtT1zdp7dc'), 'stripe', 'live'],
  ['key: ', j('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc'), 'stripe', 'test'],
  ['# ', j('rk_', 'live_', '4eC39HqLyjWDarjtT1zdp7dc'), 'stripe', 'live'],
  ['pub: ', j('pk_', 'live_', '4ec39hqlyjwdarjtt1zdp7dc'), 'stripe', 'live'],
  ['x: ', j('SG', '.', 'a'.repeat(22), '.', 'b'.repeat(43)), 'sendgrid', 'live'],
  ['id: ', j('AK', 'IA', 'IOSFODNN7EXAMPLE'), 'aws', 'live'],
  ['gh: ', j('gh', 'p_', 'a1B2'.repeat(9)), 'github', 'live'],
  ['slack: ', j('xo', 'xb-', '1234567890-1234567890-abcDEF'), 'slack', 'live'],
  ['g: ', j('AI', 'za', 'Sy', 'A'.repeat(33)), 'google', 'live'],
  ['shop: ', j('shp', 'at_', HEX32), 'shopify', 'live'],
  ['k: ', j('klarna_', 'live_', 'api_', 'Zm9vYmFy'), 'klarna', 'live'],
  ['k: ', j('klarna_', 'test_', 'api_', 'Zm9vYmFy'), 'klarna', 'test'],
  ['f: ', j('FLWSECK', '_TEST-', HEX32, '-X'), 'flutterwave', 'test'],
  ['t: ', j('S', 'K', HEX32), 'twilio', 'unknown'],
  ['plaid_token: ', j('access-', 'sandbox-', '12345678-1234-1234-1234-123456789012'), 'plaid', 'test'],
  ['mailgun_key: ', j('key', '-', HEX32), 'mailgun', 'live'],
  ['p: ', j('pdl_', 'live_', 'apikey_', 'abc123'), 'paddle', 'live'],
];

test('scan: one match per sample, exactly the secret, with provider and mode', () => {
  for (const [prefix, secret, provider, mode] of samples) {
    const text = `a: 1\n${prefix}${secret}\nb: 2\n`;
    const found = scanSecrets(text, catalog);
    assert.equal(found.length, 1, `${provider}: ${found.map((f) => f.pattern.id).join(', ')}`);
    const [m] = found;
    assert.equal(text.slice(m.span.start, m.span.end), secret, provider);
    assert.equal(m.secret, secret);
    assert.equal(m.pattern.provider, provider);
    assert.equal(m.mode, mode, provider);
  }
});

test('scan: a password in a URL is the userinfo password only', () => {
  const text = 'DB: postgres://app:s3cr3t-Pa55@db.staging.example.com:5432/app\nX: https://user@host.example.com\nY: https://u:${PASS}@h.example.com\n';
  const found = scanSecrets(text, catalog);
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].span.start, found[0].span.end), 's3cr3t-Pa55');
  assert.equal(found[0].mode, 'unknown');
});

test('scan: private key header', () => {
  const found = scanSecrets('k: |\n  -----BEGIN RSA PRIVATE KEY-----\n  MIIE\n', catalog);
  assert.equal(found.length, 1);
  assert.equal(found[0].pattern.provider, 'generic');
  assert.equal(found[0].mode, 'unknown');
});

test('scan: ordinary config text has no secrets', () => {
  const text = 'network:\n  allowlist: [api.staging.example.com]  # task key, access list\ncredentials:\n  STAGING_STRIPE_KEY: {source: vault, ref: secret/codex/stripe}\nenv:\n  SK_MODE: sk_live_ keys are never used here\n  ACCOUNT: ACME_ACCOUNT_FOR_TESTS\n';
  assert.deepEqual(scanSecrets(text, catalog), []);
});

test('scan: a secret across a window boundary of a long line is found once', () => {
  const secret = j('sk_', 'live_', '4eC39HqLyjWDarjtT1zdp7dc');
  const pad = 'x '.repeat((SCAN_WINDOW - 10) / 2);
  const text = `c: "${pad}${secret} ${'y '.repeat(SCAN_WINDOW)}"`;
  const found = scanSecrets(text, catalog);
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0].span.start, found[0].span.end), secret);
});

test('scan: hostile 100 KB lines finish (every pattern stays linear)', () => {
  const N = 100_000;
  assert.equal(scanSecrets(j('sk_', 'live_', 'a'.repeat(N)), catalog).length, 1, 'the first 24 characters form a key');
  assert.equal(scanSecrets(j('SG', '.', 'a'.repeat(N)), catalog).length, 0);
  assert.equal(scanSecrets('A'.repeat(N), catalog).length, 0);
  assert.equal(scanSecrets(`plaid: ${'a'.repeat(N)}`, catalog).length, 0);
  // JSON Web Token shapes: a match may start only where a token starts
  assert.equal(scanSecrets(`eyJ${'-eyJ'.repeat(N / 4)}`, catalog).length, 0);
  assert.equal(scanSecrets(`eyJaaaaaaaa.eyJ${'a'.repeat(N)}`, catalog).length, 0);
  assert.equal(scanSecrets(`eyJaaaaaaaa.${'eyJaaaaaaaa.'.repeat(N / 12)}`, catalog).length > 0, true);
  // every keyword repeated, and followed by a long run, for every pattern: returns, and reports only where a
  // key pattern really matches the junk (a repeated prefix that is itself a valid key shape), on exact spans
  // (that every regex is linear is proven in test/regex/redos.test.ts)
  const keywords = new Set(compilePatterns(catalog).patterns.flatMap((p) => p.keywords));
  const reported: [string, number, number][] = [];
  for (const k of keywords) {
    [k.repeat(N / k.length), `${k}:${'a'.repeat(N)}`, `${k}=`.repeat(N / (k.length + 1))].forEach((line, i) => {
      const found = scanSecrets(line, catalog);
      let end = 0;
      for (const f of found) {
        assert.equal(line.slice(f.span.start, f.span.end), f.secret, `${k}: the span holds the secret`);
        assert.ok(f.span.start >= end, `${k}: findings do not overlap`);
        end = f.span.end;
      }
      if (found.length) reported.push([k, i, found.length]);
    });
  }
  assert.deepEqual(reported, [
    ['sq0atp-', 0, 2467],
    ['github_pat_', 0, 896],
    ['kraken', 2, 28],
    ['sq0csp-', 0, 1785],
    ['pdl_live_apikey_', 0, 1],
    ['pdl_sdbx_apikey_', 0, 1],
  ]);
});
