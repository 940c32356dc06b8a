import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeIssues, hostOf, normalizeHostEntry } from '../../server/src/hosts/hostname.js';

const table: [string, string, string[], boolean?][] = [
  // input, host, issues, invalid?
  ['api.example.com', 'api.example.com', []],
  ['https://api.stripe.com/v1', 'api.stripe.com', ['scheme', 'path']],
  ['HTTP://User:Pw@Api.Example.com:8443/x?y=1#z', 'api.example.com', ['scheme', 'path', 'query', 'fragment', 'userinfo', 'port', 'uppercase']],
  ['//cdn.example.com/lib.js', 'cdn.example.com', ['scheme', 'path']],
  // web schemes as the WHATWG parser reads them: slashes optional, a backslash ends the authority like `/`
  ['https:api.example.com/v1', 'api.example.com', ['scheme', 'path']],
  ['https:\\\\api.example.com\\@other.example.com', 'api.example.com', ['scheme', 'path']],
  ['api.example.com:443', 'api.example.com', ['port']],
  ['api.example.com.', 'api.example.com', ['trailing-dot']],
  [' api.example.com\t', 'api.example.com', ['whitespace']],
  ['bücher.example', 'xn--bcher-kva.example', ['non-ascii']],
  ['ÄPI.example.com', 'xn--pi-uia.example.com', ['uppercase', 'non-ascii']],
  ['[::1]:8080', '::1', ['brackets', 'port']],
  ['[fd00:ec2::254]', 'fd00:ec2::254', ['brackets']],
  ['fd00:ec2::254', 'fd00:ec2::254', []],
  ['*.Example.com', '*.example.com', ['uppercase']],
  ['.example.com', '.example.com', []],
  ['a..b.com', 'a..b.com', [], true],
  ['api.example.com:http', 'api.example.com', [], true],
  ['two hosts.com', 'two hosts.com', [], true],
  ['', '', [], true],
  ['https://', '', ['scheme'], true],
  ['exa$mple.com', 'exa$mple.com', [], true],
  [`${'a'.repeat(64)}.com`, `${'a'.repeat(64)}.com`, [], true],
];

for (const [input, host, issues, invalid] of table) {
  test(`normalizeHostEntry ${JSON.stringify(input)}`, () => {
    const n = normalizeHostEntry(input);
    assert.equal(n.host, host);
    assert.deepEqual(n.issues, issues);
    assert.equal(Boolean(n.invalid), Boolean(invalid), n.invalid);
  });
}

test('wildcard and suffix flags', () => {
  assert.equal(normalizeHostEntry('*.example.com').wildcard, true);
  assert.equal(normalizeHostEntry('.example.com').leadingDot, true);
  assert.equal(normalizeHostEntry('example.com').wildcard, false);
});

test('issue descriptions read as a list', () => {
  assert.equal(describeIssues(['scheme', 'path', 'port']), 'a URL scheme, a path and a port');
  assert.equal(describeIssues(['uppercase']), 'uppercase letters');
});

test('hostOf: host of a URL, undefined for garbage', () => {
  assert.equal(hostOf('https://api.staging.example.com/v1/charges'), 'api.staging.example.com');
  assert.equal(hostOf('not a url'), undefined);
});

test('hostile lines: linear, reported as invalid', () => {
  for (const s of ['a.'.repeat(50000), '-'.repeat(100000), 'a'.repeat(100000), '['.repeat(100000), ':'.repeat(100000), `${'ü'.repeat(100000)}.com`, '/'.repeat(100000), '@'.repeat(100000)]) {
    const n = normalizeHostEntry(s);
    assert.ok(n.invalid, s.slice(0, 10));
  }
});
