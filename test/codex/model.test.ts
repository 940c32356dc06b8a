// The Codex settings model: hosts with exact spans and effects (deny wins, `**.` forms), env, get(), and
// the format-preserving replace()/remove() edits the shared settings rules use for their fixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCodexModel } from '../../server/src/models/codex/model.js';
import { applyEdits } from '../../server/src/core/applyEdits.js';
import { parseToml } from '../../server/src/models/codex/toml.js';
import { CONFIG, REQUIREMENTS } from './fixtures.js';

const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
const hostsOf = (text: string, path = CONFIG) => buildCodexModel(text, path).hosts.map((h) => [h.text, at(text, h.span), h.effect, h.where]);

const DOMAINS = `[permissions.ci.network.domains]
"api.staging.example.com" = "allow"   # tests
'api-m.sandbox.paypal.com' = "allow"
"**.example.org" = "allow"
"*.internal.example.com" = "deny"
localhost = "deny"
`;

test('domains table: each key with its span inside the quotes; ** gives the domain and its subdomains', () => {
  assert.deepEqual(hostsOf(DOMAINS), [
    ['api.staging.example.com', 'api.staging.example.com', 'allow', '[permissions.ci.network.domains]'],
    ['api-m.sandbox.paypal.com', 'api-m.sandbox.paypal.com', 'allow', '[permissions.ci.network.domains]'],
    ['example.org', 'example.org', 'allow', '[permissions.ci.network.domains]'],
    ['*.example.org', '*.example.org', 'allow', '[permissions.ci.network.domains]'],
    ['*.internal.example.com', '*.internal.example.com', 'deny', '[permissions.ci.network.domains]'],
    ['localhost', 'localhost', 'deny', '[permissions.ci.network.domains]'],
  ]);
});

test('deny wins: an allowed host a deny pattern of the same table covers is denied; *.x does not cover x', () => {
  const text = '[permissions.ci.network.domains]\n"api.paypal.com" = "allow"\n"paypal.com" = "allow"\n"*.paypal.com" = "deny"\n';
  assert.deepEqual(hostsOf(text).map((h) => [h[0], h[2]]), [['api.paypal.com', 'deny'], ['paypal.com', 'allow'], ['*.paypal.com', 'deny']]);
  const other = '[permissions.a.network.domains]\n"api.paypal.com" = "allow"\n[permissions.b.network.domains]\n"**.paypal.com" = "deny"\n';
  assert.equal(hostsOf(other)[0][2], 'allow', 'a deny in another profile does not cover it');
});

test('inline tables, dotted keys, features.network_proxy and the older and requirements lists', () => {
  const text = '[permissions.ci]\nnetwork.domains = { "a.staging.example.com" = "allow" }\n[features.network_proxy]\ndomains.\'b.staging.example.com\' = "allow"\n[network_proxy.policy]\nallowed_domains = ["c.staging.example.com"]\ndenied_domains = [\'*.prod.example.com\']\n';
  assert.deepEqual(hostsOf(text).map((h) => [h[0], h[1], h[2], h[3]]), [
    ['a.staging.example.com', 'a.staging.example.com', 'allow', '[permissions.ci.network.domains]'],
    ['b.staging.example.com', 'b.staging.example.com', 'allow', '[features.network_proxy.domains]'],
    ['c.staging.example.com', 'c.staging.example.com', 'allow', '`network_proxy.policy.allowed_domains`'],
    ['*.prod.example.com', '*.prod.example.com', 'deny', '`network_proxy.policy.denied_domains`'],
  ]);
  const req = '[experimental_network]\nenabled = true\nallowed_domains = ["api.staging.example.com"]\ndenied_domains = ["**.prod.example.com"]\n[experimental_network.domains]\n"x.staging.example.com" = "allow"\n';
  const m = buildCodexModel(req, REQUIREMENTS);
  assert.equal(m.format, 'codex-requirements');
  assert.deepEqual(m.hosts.map((h) => [h.text, h.effect]), [
    ['api.staging.example.com', 'allow'], ['prod.example.com', 'deny'], ['*.prod.example.com', 'deny'], ['x.staging.example.com', 'allow'],
  ]);
});

test('replace() keeps the quoting and the comment; a bare key gets quotes when the host has dots', () => {
  const m = buildCodexModel(DOMAINS, CONFIG);
  const edit = (i: number, host: string) => applyEdits(DOMAINS, m.hosts[i].replace(host));
  assert.match(edit(0, 'api.qa.example.com'), /^"api\.qa\.example\.com" = "allow" {3}# tests$/m);
  assert.match(edit(1, 'api.sandbox.example.com'), /^'api\.sandbox\.example\.com' = "allow"$/m);
  assert.match(edit(5, 'metadata.google.internal'), /^"metadata\.google\.internal" = "deny"$/m);
  assert.match(edit(5, 'intranet'), /^intranet = "deny"$/m);
  // a ** form replaces the whole key (the replacement is an exact host)
  assert.match(edit(3, 'api.staging.example.org'), /^"api\.staging\.example\.org" = "allow"$/m);
  for (let i = 0; i < m.hosts.length; i++) assert.equal(parseToml(edit(i, 'a.staging.example.com')).problem, undefined);
});

test('remove() takes the key/value line, an inline-table pair or an array element with its comma', () => {
  const m = buildCodexModel(DOMAINS, CONFIG);
  assert.equal(applyEdits(DOMAINS, m.hosts[0].remove()), DOMAINS.replace('"api.staging.example.com" = "allow"   # tests\n', ''));
  const inline = '[permissions.ci.network]\ndomains = { "a.example.com" = "allow", "b.example.com" = "deny" }\n';
  const mi = buildCodexModel(inline, CONFIG);
  assert.equal(applyEdits(inline, mi.hosts[0].remove()), '[permissions.ci.network]\ndomains = { "b.example.com" = "deny" }\n');
  assert.equal(applyEdits(inline, mi.hosts[1].remove()), '[permissions.ci.network]\ndomains = { "a.example.com" = "allow" }\n');
  const list = '[experimental_network]\nallowed_domains = [\n  "a.example.com",  # first\n  "b.example.com",\n]\nother = ["x.example.com", "y.example.com"]\n';
  const ml = buildCodexModel(list, REQUIREMENTS);
  assert.equal(applyEdits(list, ml.hosts[0].remove()), '[experimental_network]\nallowed_domains = [\n  "b.example.com",\n]\nother = ["x.example.com", "y.example.com"]\n');
  const flow = '[network_proxy.policy]\nallowed_domains = ["x.example.com", "y.example.com"]\n';
  const mf = buildCodexModel(flow, CONFIG);
  assert.equal(applyEdits(flow, mf.hosts[0].remove()), '[network_proxy.policy]\nallowed_domains = ["y.example.com"]\n');
  assert.equal(applyEdits(flow, mf.hosts[1].remove()), '[network_proxy.policy]\nallowed_domains = ["x.example.com"]\n');
  for (const [t, mm] of [[DOMAINS, m], [inline, mi], [list, ml], [flow, mf]] as const) {
    for (const h of mm.hosts) assert.equal(parseToml(applyEdits(t, h.remove())).problem, undefined, `${h.text}: still TOML`);
  }
});

test('env: shell_environment_policy.set as a table or inline, name and value spans', () => {
  const text = '[shell_environment_policy.set]\nAPI_BASE_URL = "https://api.staging.example.com"\n"QUOTED_NAME" = \'literal\'\nPORT = 8080\n';
  const env = buildCodexModel(text, CONFIG).env;
  assert.deepEqual(env.map((e) => [e.name, at(text, e.nameSpan), e.value, e.valueSpan && at(text, e.valueSpan)]), [
    ['API_BASE_URL', 'API_BASE_URL', 'https://api.staging.example.com', 'https://api.staging.example.com'],
    ['QUOTED_NAME', 'QUOTED_NAME', 'literal', 'literal'],
    ['PORT', 'PORT', undefined, '8080'],
  ]);
  const inline = '[shell_environment_policy]\nset = { A = "1" }\n';
  assert.deepEqual(buildCodexModel(inline, CONFIG).env.map((e) => e.name), ['A']);
});

test('get(): values with spans, tables, array elements; absent paths are undefined', () => {
  const text = 'sandbox_mode = "workspace-write"\n[sandbox_workspace_write]\nwritable_roots = ["/tmp"]\n';
  const m = buildCodexModel(text, CONFIG);
  assert.deepEqual(m.get(['sandbox_mode']), { value: 'workspace-write', span: { start: 15, end: 32 }, keySpan: { start: 0, end: 12 } });
  assert.equal(m.get(['sandbox_workspace_write', 'writable_roots', 0])?.value, '/tmp');
  assert.deepEqual(m.get(['sandbox_workspace_write', 'writable_roots'])?.value, ['/tmp']);
  assert.equal(m.get(['approval_policy']), undefined);
  assert.equal(m.format, 'codex');
});
