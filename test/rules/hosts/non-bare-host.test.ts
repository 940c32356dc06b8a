import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowlist, check, OVERRIDES, PATH } from './run.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const ID = 'SG105';

const valid: ValidRow[] = [
  { name: 'negatives: bare hosts, wildcards, suffix entries, IPv6', text: allowlist('api.staging.example.com', '"*.staging.example.com"', '.staging.example.com', 'xn--bcher-kva.staging.example.com', 'under_score.staging.example.com') },
];

const invalid: InvalidRow[] = [
  {
    name: 'URL with scheme and path',
    text: allowlist('https://api.staging.example.com/v1'),
    errors: [
      { range: [3, 7, 3, 41], severity: 'error', message: '`https://api.staging.example.com/v1` in `allowlist` is not a bare host name: it has a URL scheme and a path. The proxy matches host names only: write `api.staging.example.com`.', fixes: ['Replace with api.staging.example.com'] },
    ],
    output: allowlist('api.staging.example.com'),
  },
  {
    name: 'port',
    text: allowlist('api.staging.example.com:443  # TLS'),
    errors: [
      { range: [3, 7, 3, 34], severity: 'error', message: '`api.staging.example.com:443` in `allowlist` is not a bare host name: it has a port. The proxy matches host names only: write `api.staging.example.com`.' },
    ],
    output: allowlist('api.staging.example.com  # TLS'),
  },
  {
    name: 'uppercase and a trailing dot, quotes kept',
    text: allowlist('"API.Staging.Example.COM."'),
    errors: [
      { range: [3, 7, 3, 33], severity: 'error', message: '`API.Staging.Example.COM.` in `allowlist` is not a bare host name: it has a trailing dot and uppercase letters. The proxy matches host names only: write `api.staging.example.com`.' },
    ],
    output: allowlist('"api.staging.example.com"'),
  },
  {
    name: 'surrounding whitespace inside quotes',
    text: allowlist('" api.staging.example.com "'),
    errors: [
      { range: [3, 7, 3, 34], severity: 'error', message: '`api.staging.example.com` in `allowlist` is not a bare host name: it has surrounding whitespace. The proxy matches host names only: write `api.staging.example.com`.' },
    ],
    output: allowlist('"api.staging.example.com"'),
  },
  {
    name: 'non-ASCII: the punycode form',
    text: allowlist('bücher.staging.example.com'),
    errors: [
      { range: [3, 7, 3, 33], severity: 'error', message: '`bücher.staging.example.com` in `allowlist` is not a bare host name: it has non-ASCII characters (non-ASCII names can imitate trusted hosts: the punycode form is what the proxy sees). The proxy matches host names only: write `xn--bcher-kva.staging.example.com`.' },
    ],
    output: allowlist('xn--bcher-kva.staging.example.com'),
  },
  {
    name: 'userinfo is never echoed',
    text: allowlist('https://deploy:hunter2@api.staging.example.com/'),
    errors: [
      { range: [3, 7, 3, 54], severity: 'error', message: '`https://…@api.staging.example.com/` in `allowlist` is not a bare host name: it has a URL scheme, a path and userinfo (credentials before `@`). The proxy matches host names only: write `api.staging.example.com`. Userinfo is a credential in the file: rotate it.' },
    ],
    output: allowlist('api.staging.example.com'),
  },
  {
    name: 'query and fragment',
    text: allowlist('api.staging.example.com/?a=1#top'),
    errors: [
      { range: [3, 7, 3, 39], severity: 'error', message: '`api.staging.example.com/?a=1#top` in `allowlist` is not a bare host name: it has a path, a query string and a fragment. The proxy matches host names only: write `api.staging.example.com`.' },
    ],
    output: 'network:\n  allowlist:\n    - api.staging.example.com\n',
  },
  {
    name: 'normalizes to a host already listed: remove instead',
    text: allowlist('api.staging.example.com', 'https://api.staging.example.com'),
    errors: [
      { range: [4, 7, 4, 38], severity: 'error', message: '`https://api.staging.example.com` in `allowlist` is not a bare host name: it has a URL scheme. The proxy matches host names only: write `api.staging.example.com`.', fixes: ['Remove (api.staging.example.com is already allowlisted)'] },
    ],
    output: allowlist('api.staging.example.com'),
  },
  {
    name: 'empty entry',
    text: allowlist('api.staging.example.com', '""'),
    errors: [
      { range: [4, 7, 4, 9], severity: 'error', message: 'Empty entry in `allowlist`: it names no host. Remove it.' },
    ],
    output: allowlist('api.staging.example.com'),
  },
  {
    name: 'not a host at all: reported, no guess',
    text: allowlist('"api.staging.example.com api.qa.example.com"'),
    errors: [
      { range: [3, 7, 3, 51], severity: 'error', message: '`api.staging.example.com api.qa.example.com` in `allowlist` is not a host name: it has whitespace inside the name. Write one bare host name per entry (e.g. `api.staging.example.com`).' },
    ],
  },
];

ruleTester(ID, { options: { path: PATH, overrides: OVERRIDES }, valid, invalid });

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
