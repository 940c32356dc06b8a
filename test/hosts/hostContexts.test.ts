// The one host module: one answer per input and context, every host a URL parser reaches, exact spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HOST_OPTIONS, hostAt, hostOf, normalizeHostEntry, type HostContext } from '../../server/src/hosts/hostname.js';
import { canonicalHost, hostsInValue, reportedHost } from '../../server/src/hosts/urlHosts.js';

type Answer = string | null;
interface Row {
  input: string;
  entry: Answer;
  url: Answer;
  suggestion: Answer;
  /** every host an env value holds (any parser's reading), as `host@offset` */
  all: string[];
}

const rows: Row[] = [
  { input: 'api.example.com', entry: 'api.example.com', url: 'api.example.com', suggestion: 'api.example.com', all: ['api.example.com@0'] },
  { input: 'API.Example.COM', entry: 'api.example.com', url: 'api.example.com', suggestion: 'api.example.com', all: ['api.example.com@0'] },
  // trailing dot and port: stripped, except where the editor offers hosts as typed
  { input: 'https://api.example.com.:443/x', entry: 'api.example.com', url: 'api.example.com', suggestion: null, all: ['api.example.com@8'] },
  { input: 'api.example.com.', entry: 'api.example.com', url: 'api.example.com', suggestion: null, all: ['api.example.com@0'] },
  // no scheme: a port and a path are not a scheme
  { input: 'api.example.io:8443/path', entry: 'api.example.io', url: 'api.example.io', suggestion: 'api.example.io', all: ['api.example.io@0'] },
  // IDN: punycode where non-ASCII is accepted
  { input: 'https://bücher.example/', entry: 'xn--bcher-kva.example', url: 'xn--bcher-kva.example', suggestion: null, all: ['xn--bcher-kva.example@8'] },
  // single labels: an entry or a URL host; bare text in a value needs a dot (`debug`, `v2` are not hosts)
  { input: 'http://localhost:3000', entry: 'localhost', url: 'localhost', suggestion: null, all: ['localhost@7'] },
  { input: 'localhost', entry: 'localhost', url: null, suggestion: null, all: [] },
  // evasions: the WHATWG host first, then what a naive parser reaches
  { input: 'https://api.paypal.com\\@api.sandbox.paypal.com/v1', entry: 'api.paypal.com', url: 'api.paypal.com', suggestion: 'api.paypal.com', all: ['api.paypal.com@8', 'api.sandbox.paypal.com@24'] },
  { input: 'https:api.paypal.com/v1', entry: 'api.paypal.com', url: 'api.paypal.com', suggestion: 'api.paypal.com', all: ['api.paypal.com@6'] },
  { input: 'https:/api.paypal.com/v1', entry: 'api.paypal.com', url: 'api.paypal.com', suggestion: 'api.paypal.com', all: ['api.paypal.com@7'] },
  { input: '//api.paypal.com/v1', entry: 'api.paypal.com', url: 'api.paypal.com', suggestion: 'api.paypal.com', all: ['api.paypal.com@2'] },
  // percent-encoding: the client decodes it; a proxy entry does not (`%` is not a host character there)
  { input: 'https://api%2Epaypal%2Ecom/v1', entry: null, url: 'api.paypal.com', suggestion: null, all: ['api.paypal.com@8'] },
  // userinfo: never part of the host; several `@`: the last one for WHATWG, the first for some parsers
  { input: 'https://user:pass@api.example.com/v1', entry: 'api.example.com', url: 'api.example.com', suggestion: 'api.example.com', all: ['api.example.com@18'] },
  { input: 'https://x@api.paypal.com@api.sandbox.paypal.com/', entry: 'api.sandbox.paypal.com', url: 'api.sandbox.paypal.com', suggestion: 'api.sandbox.paypal.com', all: ['api.sandbox.paypal.com@25', 'api.paypal.com@10'] },
  // IP literals: IPv6 without brackets; the editor does not offer or describe IPv6; IPv4 as the client reads it
  { input: 'http://[::1]:8080/', entry: '::1', url: '::1', suggestion: null, all: ['::1@7'] },
  { input: '[::1]', entry: '::1', url: null, suggestion: null, all: [] },
  { input: 'http://0xa9fea9fe/latest', entry: '0xa9fea9fe', url: '169.254.169.254', suggestion: '169.254.169.254', all: ['169.254.169.254@7'] },
  { input: '10.0.0.1', entry: '10.0.0.1', url: null, suggestion: '10.0.0.1', all: [] },
  // wildcards only as entries
  { input: '*.example.com', entry: '*.example.com', url: null, suggestion: null, all: [] },
  { input: 'not a host', entry: null, url: null, suggestion: null, all: [] },
  { input: '${API_URL}', entry: null, url: null, suggestion: null, all: [] },
];

for (const r of rows) {
  test(`host of ${JSON.stringify(r.input)} per context`, () => {
    for (const ctx of Object.keys(HOST_OPTIONS) as HostContext[]) assert.equal(hostOf(r.input, ctx) ?? null, r[ctx], ctx);
    assert.deepEqual(hostsInValue(r.input).map((h) => `${reportedHost(h.raw)}@${h.start}`), r.all, 'all hosts');
    // spans are exact: the text at the span reads as the host
    for (const h of hostsInValue(r.input)) assert.equal(r.input.slice(h.start, h.start + h.raw.length), h.raw);
    const url = hostAt(r.input, 'url');
    if (url) assert.equal(canonicalHost(r.input.slice(url.start, url.end)), url.host);
    const entry = hostAt(r.input, 'entry');
    if (entry) assert.equal(normalizeHostEntry(r.input.slice(entry.start, entry.end)).host, entry.host, 'entry span');
  });
}

test('the options differ exactly where the callers do', () => {
  assert.deepEqual(HOST_OPTIONS, {
    entry: { singleLabel: true, trailingDot: 'strip', ipv6: true, idn: true, wildcards: true },
    url: { singleLabel: true, trailingDot: 'strip', ipv6: true, idn: true, wildcards: false },
    suggestion: { singleLabel: false, trailingDot: 'reject', ipv6: false, idn: false, wildcards: false },
  });
});

// Generated URLs: whatever Node's WHATWG parser reaches is among the hosts found, at an exact span,
// and so is the naive reading (authority up to the first `/`, `?` or `#`, userinfo up to the last `@`).
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?$/);
const hostText = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'io', 'example'), fc.boolean(), fc.boolean(), fc.boolean()).map(([ls, tld, upper, pct, dot]) => {
  let h = [...ls, tld].join(pct ? '%2E' : '.');
  if (upper) h = h.toUpperCase();
  return dot ? `${h}.` : h;
});
const urlText = fc.record({
  scheme: fc.constantFrom('https:', 'HTTP:', 'wss:', 'ftp:', 'https:', ''),
  slashes: fc.constantFrom('', '/', '//', '\\\\', '/\\', '///'),
  userinfo: fc.oneof(fc.constant(''), hostText.map((h) => `${h}@`), hostText.map((h) => `u:${h}\\@`), fc.constant('a@b@')),
  host: hostText,
  port: fc.constantFrom('', ':80', ':8443'),
  rest: fc.oneof(fc.constantFrom('', '/', '?q=1', '#f'), hostText.map((h) => `\\@${h}/x`), hostText.map((h) => `/@${h}`)),
});

test('generated URLs: the WHATWG host and the naive host are always found, at exact spans', () => {
  fc.assert(
    fc.property(urlText, (u) => {
      const scheme = u.scheme || (u.slashes === '//' ? '' : 'https:');
      const t = `${scheme}${scheme ? u.slashes : '//'}${u.userinfo}${u.host}${u.port}${u.rest}`;
      let whatwg: string;
      try {
        // as Node's fetch reads it: absolute, and `//host` against an https base
        whatwg = new URL(t, t.startsWith('//') ? 'https://base.invalid/' : undefined).hostname;
      } catch {
        return; // the client cannot call it either
      }
      const found = hostsInValue(t);
      for (const h of found) assert.equal(t.slice(h.start, h.start + h.raw.length), h.raw);
      const hosts = found.map((h) => reportedHost(h.raw));
      assert.ok(hosts.includes(whatwg.replace(/^\[|\]$/g, '').replace(/\.$/, '')), `${t}: WHATWG ${whatwg} not in ${hosts}`);
      // Python's urlsplit, Go's url.Parse: a netloc only after `//`, up to `/?#`, after the last `@`
      const netloc = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.exec(t);
      if (!netloc) return;
      const authority = t.slice(netloc[0].length).split(/[/?#]/)[0];
      const naiveHost = canonicalHost(authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, ''));
      if (naiveHost) assert.ok(hosts.includes(naiveHost), `${t}: naive ${naiveHost} not in ${hosts}`);
    }),
    { numRuns: 300 },
  );
});

test('hostile texts: no host, no throw (linear scans; the URL parser only sees short host texts)', () => {
  for (const s of ['https://' + '@'.repeat(100_000), 'https:' + '\\'.repeat(100_000), `https://${'a.'.repeat(50_000)}com`, `https://${'%2E'.repeat(30_000)}`, `//${'['.repeat(100_000)}`]) {
    assert.deepEqual(hostsInValue(s), [], 'values over 4 KB are not endpoints');
    for (const ctx of Object.keys(HOST_OPTIONS) as HostContext[]) assert.equal(hostOf(s, ctx), undefined, ctx);
    assert.equal(canonicalHost(s.slice(8)), undefined);
  }
});
