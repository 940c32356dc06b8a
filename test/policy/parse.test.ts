// parsePolicy: the effective policy (valid parts only) and findings about the file, on exact spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy } from '../../server/src/kinds/policy/parse.js';
import { emptyPolicy } from '../../server/src/core/policy.js';
import { positions } from '../helpers/fixes.js';

const P = '/repo/.sandbox-guard.yaml';
const rows = (text: string) => parsePolicy(text, P).findings.map((f, i) => [...positions([f])[0], f.message] as const).map((r) => [...r]);

test('a good policy parses into the effective policy with no findings', () => {
  const text = [
    'stagingHosts:', '  API.Example.com: api.staging.example.com', 'productionHosts:', '  - "*.prod.example.com"', '  - billing.example.com',
    'stagingMarkers: [preview, Canary]', 'rules:', '  SG002: warning', '  policy-invalid-glob: error', 'files: ["ci/tasks/*.yaml", "**/agent-*.yml"]', 'ignore: [fixtures/**]', '',
  ].join('\n');
  const r = parsePolicy(text, P);
  assert.deepEqual(r.findings, []);
  assert.deepEqual(r.policy, {
    stagingHosts: { 'api.example.com': 'api.staging.example.com' },
    productionHosts: ['*.prod.example.com', 'billing.example.com'],
    stagingMarkers: ['preview', 'canary'],
    rules: { SG002: 'warning', SG953: 'error' },
    files: ['ci/tasks/*.yaml', '**/agent-*.yml'],
    ignore: ['fixtures/**'],
    path: P,
  });
});

test('empty and comment-only files are the empty policy', () => {
  for (const text of ['', '# team policy\n']) {
    const r = parsePolicy(text, P);
    assert.deepEqual(r.findings, []);
    assert.deepEqual(r.policy, { ...emptyPolicy(), path: P });
  }
});

test('wrong types and values: reported on the node, the entry ignored, the rest applies', () => {
  const text = 'productionHosts: api.example.com\nstagingMarkers: [preview, pre-view]\nrules:\n  SG002: of\n  SG001: warning\nignore: 3\nproductionHost: []\n';
  assert.deepEqual(rows(text), [
    ['SG950', 1, 18, 1, 33, '`productionHosts` must be a list, not a string — this entry is ignored until fixed'],
    ['SG950', 2, 27, 2, 35, '`pre-view` in `stagingMarkers` must be a single label of letters and digits, e.g. `preview` — this entry is ignored until fixed'],
    ['SG950', 4, 10, 4, 12, '`SG002` in `rules` must be one of off, info, warning, error (did you mean `off`?) — this entry is ignored until fixed'],
    ['SG950', 6, 9, 6, 10, '`ignore` must be a list, not a number — this entry is ignored until fixed'],
    ['SG950', 7, 1, 7, 15, 'Unknown property `productionHost` at the top level of the policy file (did you mean `productionHosts`?) — this entry is ignored until fixed'],
  ]);
  const p = parsePolicy(text, P).policy;
  assert.deepEqual(p.rules, { SG001: 'warning' });
  assert.deepEqual(p.stagingMarkers, ['preview']);
  assert.deepEqual(p.productionHosts, []);
});

test('regexes are not host patterns', () => {
  assert.deepEqual(rows('productionHosts:\n  - "^api\\\\..*$"\n  - "(a+)+b"\n  - "*.ok.example.com"\n').map((r) => r.slice(0, 5)), [
    ['SG950', 2, 5, 2, 17],
    ['SG950', 3, 5, 3, 13],
  ]);
  assert.deepEqual(parsePolicy('productionHosts: ["(a+)+b", "*.ok.example.com"]\n', P).policy.productionHosts, ['*.ok.example.com']);
});

test('stagingHosts: hosts must be bare; the key gets a rename fix to the host', () => {
  const r = parsePolicy('stagingHosts:\n  https://api.example.com/v1: api.staging.example.com\n  pay.example.com: https://pay.staging.example.com\n', P);
  assert.deepEqual(r.findings.map((f) => [...positions([f])[0], f.message, f.fixes.map((x) => x.title)]), [
    ['SG950', 2, 3, 2, 29, 'Production host `https://api.example.com/v1` in `stagingHosts` must be a bare hostname (no scheme, port or path) — this entry is ignored until fixed', ['Rename to `api.example.com`']],
    ['SG950', 3, 20, 3, 51, 'The staging host for `pay.example.com` must be a bare hostname (no scheme, port or path), not `https://pay.staging.example.com` — this entry is ignored until fixed', []],
  ]);
  assert.deepEqual(r.policy.stagingHosts, {});
});

test('unknown rule IDs and names in `rules` are reported (with a rename to a close match)', () => {
  const r = parsePolicy('rules:\n  SG9999: off\n  shema: warning\n  schema: error\n  policy-invalid-glb: warning\n', P);
  assert.deepEqual(r.findings.map((f) => [...positions([f])[0], f.message, f.fixes.map((x) => x.title)]), [
    ['SG951', 2, 3, 2, 9, 'Unknown rule `SG9999` in `rules`: this severity applies to nothing. See `sandbox-guard rules`.', []],
    ['SG951', 3, 3, 3, 8, 'Unknown rule `shema` in `rules` (did you mean `schema`?): this severity applies to nothing. See `sandbox-guard rules`.', []],
    ['SG951', 5, 3, 5, 21, 'Unknown rule `policy-invalid-glb` in `rules` (did you mean `policy-invalid-glob`?): this severity applies to nothing. See `sandbox-guard rules`.', ['Rename to `policy-invalid-glob`']],
  ]);
  assert.equal(r.findings[0].severity, 'warning');
  assert.deepEqual(r.policy.rules, { SG002: 'error' });
});

test('rule keys are case-insensitive IDs or names, stored by ID', () => {
  assert.deepEqual(parsePolicy('rules: {sg002: info, yaml-syntax: warning}\n', P).policy.rules, { SG002: 'info', SG001: 'warning' });
});

test('a staging host that is itself production is reported and not used', () => {
  const text = 'productionHosts: ["*.prod.example.com"]\nstagingHosts:\n  api.example.com: api.paypal.com\n  b.example.com: b.prod.example.com\n  c.example.com: c.example.com\n  d.example.com: d.staging.example.com\n';
  assert.deepEqual(rows(text), [
    ['SG952', 3, 20, 3, 34, 'Staging host `api.paypal.com` for `api.example.com` is a production host of PayPal (REST, NVP/SOAP, checkout) in the provider catalog: this mapping is ignored. Map it to a staging or sandbox host.'],
    ['SG952', 4, 18, 4, 36, 'Staging host `b.prod.example.com` for `b.example.com` is itself production (it matches `*.prod.example.com` in `productionHosts`): this mapping is ignored. Map it to a staging or sandbox host.'],
    ['SG952', 5, 18, 5, 31, 'Staging host `c.example.com` for `c.example.com` is the production host itself: this mapping is ignored. Map it to a staging or sandbox host.'],
  ]);
  assert.deepEqual(parsePolicy(text, P).policy.stagingHosts, { 'd.example.com': 'd.staging.example.com' });
});

test('globs the matcher cannot honour are reported and dropped', () => {
  const text = 'files:\n  - ci/*.yaml\n  - "{a,b}.yaml"\n  - /abs/x.yaml\n  - ../up.yaml\n  - "ci\\\\x.yaml"\n  - "a**.yaml"\n  - ""\nignore: ["!keep.yaml", "fixtures/**"]\n';
  assert.deepEqual(rows(text).map((r) => [r[0], r[1], r[5]]), [
    ['SG953', 3, 'Glob `{a,b}.yaml` in `files` uses `{}` or `[]`: only `*`, `?` and `**` are supported. It is ignored until fixed.'],
    ['SG953', 4, "Glob `/abs/x.yaml` in `files` is absolute: globs are relative to the policy file's folder. It is ignored until fixed."],
    ['SG953', 5, "Glob `../up.yaml` in `files` leaves the policy file's folder (`..`): put the policy file higher up instead. It is ignored until fixed."],
    ['SG953', 6, 'Glob `ci\\x.yaml` in `files` uses `\\`: write paths with `/`. It is ignored until fixed.'],
    ['SG953', 7, 'Glob `a**.yaml` in `files` `**` must be a whole path segment (`a/**/b`, not `a**`). It is ignored until fixed.'],
    ['SG953', 8, 'Glob `` in `files` is empty. It is ignored until fixed.'],
    ['SG953', 9, 'Glob `!keep.yaml` in `ignore` is a negation: negated globs are not supported (list the files to skip under `ignore`). It is ignored until fixed.'],
  ]);
  const p = parsePolicy(text, P).policy;
  assert.deepEqual([p.files, p.ignore], [['ci/*.yaml'], ['fixtures/**']]);
});

test('broken YAML: reported, and only the parts that make checking stricter survive', () => {
  const text = 'productionHosts: [billing.example.com]\nstagingHosts: {api.example.com: api.staging.example.com}\nstagingMarkers: [preview]\nrules:\n  SG002: off\n  SG951: error\nfiles: [ci/*.yaml]\nignore: ["**"]\nbroken: [\n';
  const r = parsePolicy(text, P);
  assert.ok(r.findings.length >= 1);
  assert.ok(r.findings.every((f) => f.ruleId === 'SG950' && f.severity === 'error'));
  assert.ok(r.findings.some((f) => /only the parts that make checking stricter apply/.test(f.message)));
  assert.deepEqual(r.policy, {
    stagingHosts: {},
    productionHosts: ['billing.example.com', 'api.example.com'],
    stagingMarkers: [],
    rules: { SG951: 'error' },
    files: ['ci/*.yaml'],
    ignore: [],
    path: P,
  });
});

test('duplicate keys, extra documents and alias bombs are policy-invalid findings', () => {
  assert.deepEqual(rows('rules: {}\nrules: {}\n').map((r) => r.slice(0, 5)), [['SG950', 2, 1, 2, 6]]);
  assert.deepEqual(rows('files: [a.yaml]\n---\nfiles: [b.yaml]\n'), [['SG950', 2, 1, 2, 4, 'A policy file holds one YAML document: this one and any after it are ignored.']]);
  const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
  const r = parsePolicy(bomb, P);
  assert.equal(r.findings[0].ruleId, 'SG950');
  assert.match(r.findings[0].message, /alias bomb/);
  assert.deepEqual(r.policy, { ...emptyPolicy(), path: P });
});

test('a non-mapping policy is reported and the defaults apply', () => {
  assert.deepEqual(rows('- SG002: off\n'), [['SG950', 1, 1, 1, 13, 'The policy file must be a mapping, not a list — this entry is ignored until fixed']]);
});
