// The one redaction function: properties over generated secrets in generated surroundings, and the
// readable things it must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { quoteValue, redactText } from '../../server/src/secrets/redactText.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
// secrets are drawn uniformly at random, as real ones are: fast-check picks (and shrinks) the seed and length,
// so a shrunk counterexample is still a random string, not `AAAA…`
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const token = (alphabet: string, min: number, max: number) =>
  fc.tuple(fc.integer(), fc.integer({ min, max })).map(([seed, n]) => {
    const r = mulberry32(seed);
    return Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
  });
const randomBody = (min: number, max: number) => token(ALNUM, min, max);

/** [public part, secret part] of each kind: only the secret part must not show. */
const secrets = fc.oneof(
  randomBody(24, 99).map((b) => ['sk_live_', b] as const),
  randomBody(36, 36).map((b) => ['ghp_', b] as const),
  token('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 16).map((b) => ['AKIA', b] as const),
  token(`${ALNUM}+/`, 40, 40).map((b) => ['', b] as const),
  fc.tuple(randomBody(20, 60), randomBody(43, 43)).map(([p, s]) => ['eyJhbGciOiJIUzI1NiJ9.eyJ', `${p}.${s}`] as const),
  randomBody(16, 64).map((b) => ['', b] as const),
);
const leads = fc.constantFrom('', 'PROD_', 'STAGING_', '_', 'x-', '"', "'", '`', '(', 'key=', 'token: ', 'https://api.example.com/v1?api_key=', 'https://user:', '…', 'Rename to ');
const tails = fc.constantFrom('', '.', ',', '"', '`', ')', '@db.example.com', '&x=1', ' and more', '\n  next: 1');
const cased = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase());
const cut = fc.integer({ min: 0, max: 3 });

function pieces(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 8 <= s.length; i++) out.push(s.slice(i, i + 8).toLowerCase());
  return out;
}

test('no 8-character piece of a secret survives, whatever surrounds it, however it is cased or cut', () => {
  fc.assert(
    fc.property(secrets, leads, tails, cased, cut, ([pub, secret], lead, tail, recase, drop) => {
      // a value cut by a quote's limit: the secret loses its last characters (and its pattern's length)
      const shown = secret.slice(0, secret.length - drop * 3);
      // a random fragment shorter than 16 characters is told from a word only by two digits or mixed case (documented limit)
      fc.pre(shown.length >= 16);
      const text = `A message about ${recase(`${lead}${pub}${shown}`)}${tail} here.`;
      const out = redactText(text).toLowerCase();
      for (const p of pieces(shown)) assert.ok(!out.includes(p), `${p} of ${shown} in ${out}`);
      assert.equal(redactText(redactText(text)), redactText(text), 'idempotent');
    }),
    { numRuns: 3000, seed: 8 },
  );
});

test('quoteValue redacts before it cuts: the cut piece of a secret is still redacted', () => {
  fc.assert(
    fc.property(token(`${ALNUM}+/`, 40, 40), fc.integer({ min: 20, max: 60 }), (secret, max) => {
      const out = quoteValue(`aws-secrets-manager:${secret}`, max).toLowerCase();
      for (const p of pieces(secret)) assert.ok(!out.includes(p), `${p} in ${out}`);
      assert.ok(out.length <= max);
    }),
    { numRuns: 500, seed: 8 },
  );
});

test('readable names, hosts, paths, rule ids and sentences stay as they are', () => {
  const keep = [
    'STAGING_API_KEY', 'PROD_STRIPE_KEY', 'api.sandbox.paypal.com', 'api-m.sandbox.paypal.com', 'SG201', 'agents-missing-for-config (SG501)',
    'examples/bad/credentials.sandbox.yaml', 'secret/codex/staging', 'https://api.staging.example.com/v1/charges', 'sk_test_short',
    'checkout-webhook-tests', 'max_parallel_tasks', 'token: ${STAGING_TOKEN}', 'password: <password>', 'https://api.example.com:443/path?mode=test',
    'Credential `STAGING_API_KEY` has `permissions: read-write`: it can change data.', 'a secret: anyone who can read the repository has it',
    'Set `scope: task` and `permissions: read-only`.', 'https://json.schemastore.org/sarif-2.1.0.json', 'v1beta1 sha256 http2 utf8',
    '2026-12-04T15:24:41Z', '192.168.0.1', 'fd00::1', 'STAGING_KEY: {source: vault}',
  ];
  for (const s of keep) assert.equal(redactText(s), s, s);
});

test('what each kind of secret becomes', () => {
  assert.equal(redactText('PROD_ghp_abcdefghijklmnopqrstuvwxyz0123456789'), 'PROD_ghp_…6789');
  assert.equal(redactText('Rename to STAGING_GHP_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'Rename to STAGING_GHP_…6789');
  // the tail beyond the catalog pattern's length is not shown: only the last 4 characters
  assert.equal(redactText('sk_live_51Hx9TestOnlyNotARealKey000000009f2cc4DfGj8KsE3aUq6'), 'sk_live_…aUq6');
  assert.equal(redactText('postgres://admin:S3cr3tPassw0rdX@db.example.com/x'), 'postgres://…@db.example.com/x');
  assert.equal(redactText('https://api.x.com/v1?api_key=Zx9Qm2Lr7Tv4Kp8Wn3Hs6Jd&mode=test'), 'https://api.x.com/v1?api_key=…&mode=test');
  assert.equal(redactText('  password: hunter2hunter2'), '  password: …r2');
  assert.equal(redactText('-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----\nname: x'), '-----BEGIN … PRIVATE KEY-----\nname: x');
  assert.equal(redactText('source: `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPL…`'), 'source: `…AMPL…`');
});

test('a file path in a log line keeps its short random-looking folder names; a long random segment is still masked', () => {
  // mkdtemp-style folders (`last92Dn`) made the server path unreadable in the start-up log line
  assert.equal(redactText('server 0.1.0 (/tmp/last92Dn/sg/dist/server.js, node v20)'), 'server 0.1.0 (/tmp/last92Dn/sg/dist/server.js, node v20)');
  assert.equal(redactText('checked /tmp/sg-lsp-otdXa9/x.sandbox.yaml'), 'checked /tmp/sg-lsp-otdXa9/x.sandbox.yaml');
  const secret = 'YmFyYmF6cXV4MTIzNDU2Nzg5YWJj';
  for (const text of [`/srv/${secret}/x.json`, `key Zm9v/${secret}.txt`]) {
    const out = redactText(text);
    assert.ok(!out.includes(secret.slice(0, 8)) && !out.includes(secret.slice(8, 16)), out);
  }
});
