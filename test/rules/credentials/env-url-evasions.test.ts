// Env URLs that a URL parser resolves to a production or metadata host, however they are written:
// backslashes, missing slashes, `//`, percent-encoding, extra `@`, hex IPv4. The agent's HTTP client
// parses as the WHATWG URL standard does; older libraries split at the first `/` and an `@`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertFixesWork, positions } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
import { PATH } from './helpers.js';

const ALLOW = 'api.staging.example.com, api.sandbox.paypal.com';
const config = (value: string) => `network:\n  allowlist: [${ALLOW}]\nenv:\n  API: ${value}\n  OTHER: https://api.staging.example.com/v1\n`;
const VALUE_COL = '  API: '.length;

interface Row {
  value: string;
  /** per rule: the host text as written that each finding covers (in order) */
  expect: Partial<Record<'SG301' | 'SG302' | 'SG104', string[]>>;
  /** a message fragment of the first SG301/SG104 finding */
  says?: string;
}

const rows: Row[] = [
  { value: 'https://api.paypal.com\\@api.sandbox.paypal.com/v1', expect: { SG301: ['api.paypal.com'] }, says: 'production host `api.paypal.com`' },
  { value: 'https:api.paypal.com/v1', expect: { SG301: ['api.paypal.com'] } },
  { value: 'https:/api.paypal.com/v1', expect: { SG301: ['api.paypal.com'] } },
  { value: '//api.paypal.com/v1', expect: { SG301: ['api.paypal.com'] } },
  { value: 'https://api%2Epaypal%2Ecom/v1', expect: { SG301: ['api%2Epaypal%2Ecom'] }, says: 'production host `api.paypal.com`' },
  { value: 'HTTPS:\\\\API.PayPal.com./v1', expect: { SG301: ['API.PayPal.com.'] } },
  { value: 'https://svc@api.paypal.com@api.sandbox.paypal.com/v1', expect: { SG301: ['api.paypal.com'] } },
  { value: 'http://0xa9fea9fe/latest/meta-data/', expect: { SG104: ['0xa9fea9fe'] }, says: '`169.254.169.254`' },
  { value: 'http:169.254.169.254/latest/meta-data/', expect: { SG104: ['169.254.169.254'] } },
  { value: 'http://169.254.169.254\\@api.staging.example.com/', expect: { SG104: ['169.254.169.254'] } },
  // both readings are staging: nothing to report, and a URL in the query is not a host
  { value: 'https://api.sandbox.paypal.com\\@api.staging.example.com/v1', expect: {} },
  { value: 'https://api.sandbox.paypal.com/v1?next=https://api.paypal.com/', expect: {} },
  // an unknown host behind the backslash is reported as not allowlisted, at its own span
  { value: 'https://files.staging.example.com\\@api.staging.example.com/', expect: { SG302: ['files.staging.example.com'] } },
];

for (const r of rows) {
  test(`env URL evasion: ${r.value}`, () => {
    const text = config(r.value);
    const found = checkText(text, { path: PATH }).findings;
    for (const rule of ['SG301', 'SG302', 'SG104'] as const) {
      const want = (r.expect[rule] ?? []).map((host) => {
        const col = VALUE_COL + r.value.indexOf(host) + 1;
        return [rule, 4, col, 4, col + host.length];
      });
      assert.deepEqual(positions(found, rule), want, rule);
    }
    const first = found.find((f) => f.ruleId === 'SG301' || f.ruleId === 'SG104');
    if (r.says) assert.ok(first?.message.includes(r.says), first?.message);
    for (const rule of ['SG301', 'SG104'] as const) if (r.expect[rule]) assertFixesWork(text, rule, { path: PATH });
  });
}

test('env URL evasion: the SG301 swap replaces the host as the client reads it and keeps the rest', () => {
  const [fixed] = assertFixesWork(config('https:api.paypal.com/v1'), 'SG301', { path: PATH });
  assert.ok(fixed.includes('  API: https:api.sandbox.paypal.com/v1\n'), fixed);
});

// Generated: a production host written in any form the WHATWG parser accepts is reported.
const spellings = fc.record({
  scheme: fc.constantFrom('https', 'HTTPS', 'Https', 'http', 'wss'),
  slashes: fc.constantFrom('', '/', '//', '\\', '\\\\', '/\\', '///'),
  userinfo: fc.constantFrom('', 'svc@', 'u:p@', 'api.sandbox.paypal.com@'),
  host: fc.constantFrom('api-m.paypal.com', 'API-M.PAYPAL.COM', 'api-m%2Epaypal.com', 'api-m.paypal%2ecom', 'api-m.paypal.com.', '%61pi-m.paypal.com'),
  port: fc.constantFrom('', ':443', ':8443'),
  rest: fc.constantFrom('', '/', '/v2/checkout', '\\@api.sandbox.paypal.com/v1', '?x=1', '#frag'),
});

test('env URL evasion (generated): every spelling that reaches api-m.paypal.com gets SG301 on the host as written', () => {
  fc.assert(
    fc.property(spellings, (s) => {
      const value = `${s.scheme}:${s.slashes}${s.userinfo}${s.host}${s.port}${s.rest}`;
      const reached = new URL(value).hostname.replace(/\.$/, '');
      fc.pre(reached === 'api-m.paypal.com');
      const text = config(value);
      const hits = checkText(text, { path: PATH }).findings.filter((f) => f.ruleId === 'SG301');
      const col = VALUE_COL + value.indexOf(s.host, s.scheme.length + s.slashes.length + s.userinfo.length);
      assert.ok(hits.some((f) => f.range.start.line === 3 && f.range.start.character === col && f.range.end.character === col + s.host.length), `${value}: ${JSON.stringify(positions(hits))}`);
    }),
    { numRuns: 150 },
  );
});
