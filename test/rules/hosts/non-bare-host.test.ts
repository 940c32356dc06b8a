import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowlist, check, runCase, type Case } from './run.js';

const ID = 'SG105';

const cases: Case[] = [
  {
    name: 'URL with scheme and path',
    text: allowlist('https://api.staging.example.com/v1'),
    at: [[3, 7, 3, 41]],
    severity: 'error',
    says: ['a URL scheme and a path', 'write `api.staging.example.com`'],
    fixes: ['Replace with api.staging.example.com'],
    fixed: allowlist('api.staging.example.com'),
  },
  {
    name: 'port',
    text: allowlist('api.staging.example.com:443  # TLS'),
    at: [[3, 7, 3, 34]],
    says: ['a port'],
    fixed: allowlist('api.staging.example.com  # TLS'),
  },
  {
    name: 'uppercase and a trailing dot, quotes kept',
    text: allowlist('"API.Staging.Example.COM."'),
    at: [[3, 7, 3, 33]],
    says: ['uppercase letters', 'a trailing dot'],
    fixed: allowlist('"api.staging.example.com"'),
  },
  {
    name: 'surrounding whitespace inside quotes',
    text: allowlist('" api.staging.example.com "'),
    at: [[3, 7, 3, 34]],
    says: ['surrounding whitespace'],
    fixed: allowlist('"api.staging.example.com"'),
  },
  {
    name: 'non-ASCII: the punycode form',
    text: allowlist('bücher.staging.example.com'),
    at: [[3, 7, 3, 33]],
    says: ['non-ASCII', '`xn--bcher-kva.staging.example.com`'],
    fixed: allowlist('xn--bcher-kva.staging.example.com'),
  },
  {
    name: 'userinfo is never echoed',
    text: allowlist('https://deploy:hunter2@api.staging.example.com/'),
    at: [[3, 7, 3, 54]],
    says: ['userinfo', 'rotate it'],
    never: ['hunter2', 'deploy:'],
    fixed: allowlist('api.staging.example.com'),
  },
  {
    name: 'query and fragment',
    text: allowlist('api.staging.example.com/?a=1#top'),
    at: [[3, 7, 3, 39]],
    says: ['a path, a query string and a fragment'],
  },
  {
    name: 'normalizes to a host already listed: remove instead',
    text: allowlist('api.staging.example.com', 'https://api.staging.example.com'),
    at: [[4, 7, 4, 38]],
    fixes: ['Remove (api.staging.example.com is already allowlisted)'],
    fixed: allowlist('api.staging.example.com'),
  },
  {
    name: 'empty entry',
    text: allowlist('api.staging.example.com', '""'),
    at: [[4, 7, 4, 9]],
    says: ['Empty entry'],
    fixed: allowlist('api.staging.example.com'),
  },
  {
    name: 'not a host at all: reported, no guess',
    text: allowlist('"api.staging.example.com api.qa.example.com"'),
    at: [[3, 7, 3, 51]],
    says: ['not a host name', 'whitespace inside the name'],
  },
  {
    name: 'negatives: bare hosts, wildcards, suffix entries, IPv6',
    text: allowlist('api.staging.example.com', '"*.staging.example.com"', '.staging.example.com', 'xn--bcher-kva.staging.example.com', 'under_score.staging.example.com'),
    at: [],
  },
];

for (const c of cases) test(`${ID} ${c.name}`, () => runCase(ID, c));

test(`${ID} other host rules judge the normalized host, once`, () => {
  const f = check(allowlist('https://api.stripe.com/v1'));
  assert.deepEqual(f.map((x) => x.ruleId), ['SG101', 'SG105']);
  assert.ok(f[0].message.startsWith('`api.stripe.com` in `allowlist` serves both test and live mode of Stripe'));
  const url = check(allowlist('https://API-M.PayPal.com/v2'));
  assert.deepEqual(url.map((x) => x.ruleId), ['SG101', 'SG105']);
  assert.ok(url[0].message.includes('`api-m.sandbox.paypal.com`'));
});

test(`${ID} a hostile 100 KB entry is reported without echoing it`, () => {
  for (const hostile of ['a.'.repeat(50000), '-'.repeat(100000), `${'a'.repeat(100000)}.com`, `https://${'x'.repeat(100000)}@`]) {
    const all = check(allowlist(`"${hostile}"`));
    assert.deepEqual(all.filter((x) => x.message.startsWith('Internal error')), []);
    const f = all.filter((x) => x.ruleId === ID);
    assert.equal(f.length, 1);
    assert.ok(f[0].message.length < 400, f[0].message.slice(0, 200));
  }
});
