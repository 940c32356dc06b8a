// parsePolicy: the effective policy (valid parts only). The findings about the same texts, on exact spans,
// are rows of test/policy/rules.test.ts (the rule tester).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy } from '../../server/src/kinds/policy/parse.js';
import { emptyPolicy } from '../../server/src/core/policy.js';
import { GOOD_POLICY } from './goodPolicy.js';

const P = '/repo/.sandbox-guard.yaml';

test('a good policy parses into the effective policy with no findings', () => {
  const r = parsePolicy(GOOD_POLICY, P);
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

test('wrong types and values: the entry is ignored, the rest applies', () => {
  const p = parsePolicy('productionHosts: api.example.com\nstagingMarkers: [preview, pre-view]\nrules:\n  SG002: of\n  SG001: warning\nignore: 3\nproductionHost: []\n', P).policy;
  assert.deepEqual(p.rules, { SG001: 'warning' });
  assert.deepEqual(p.stagingMarkers, ['preview']);
  assert.deepEqual(p.productionHosts, []);
});

test('regexes are not host patterns: dropped, the rest applies', () => {
  assert.deepEqual(parsePolicy('productionHosts: ["(a+)+b", "*.ok.example.com"]\n', P).policy.productionHosts, ['*.ok.example.com']);
});

test('stagingHosts with non-bare hosts are not used', () => {
  assert.deepEqual(parsePolicy('stagingHosts:\n  https://api.example.com/v1: api.staging.example.com\n  pay.example.com: https://pay.staging.example.com\n', P).policy.stagingHosts, {});
});

test('unknown rule IDs and names in `rules` are not stored', () => {
  assert.deepEqual(parsePolicy('rules:\n  SG9999: off\n  shema: warning\n  schema: error\n  policy-invalid-glb: warning\n', P).policy.rules, { SG002: 'error' });
});

test('rule keys are case-insensitive IDs or names, stored by ID', () => {
  assert.deepEqual(parsePolicy('rules: {sg002: info, yaml-syntax: warning}\n', P).policy.rules, { SG002: 'info', SG001: 'warning' });
});

test('a staging host that is itself production is not used', () => {
  const text = 'productionHosts: ["*.prod.example.com"]\nstagingHosts:\n  api.example.com: api.paypal.com\n  b.example.com: b.prod.example.com\n  c.example.com: c.example.com\n  d.example.com: d.staging.example.com\n';
  assert.deepEqual(parsePolicy(text, P).policy.stagingHosts, { 'd.example.com': 'd.staging.example.com' });
});

test('globs the matcher cannot honour are dropped', () => {
  const text = 'files:\n  - ci/*.yaml\n  - "{a,b}.yaml"\n  - /abs/x.yaml\n  - ../up.yaml\n  - "ci\\\\x.yaml"\n  - "a**.yaml"\n  - ""\nignore: ["!keep.yaml", "fixtures/**"]\n';
  const p = parsePolicy(text, P).policy;
  assert.deepEqual([p.files, p.ignore], [['ci/*.yaml'], ['fixtures/**']]);
});

test('broken YAML: only the parts that make checking stricter survive', () => {
  const text = 'productionHosts: [billing.example.com]\nstagingHosts: {api.example.com: api.staging.example.com}\nstagingMarkers: [preview]\nrules:\n  SG002: off\n  SG951: error\nfiles: [ci/*.yaml]\nignore: ["**"]\nbroken: [\n';
  assert.deepEqual(parsePolicy(text, P).policy, {
    stagingHosts: {},
    productionHosts: ['billing.example.com', 'api.example.com'],
    stagingMarkers: [],
    rules: { SG951: 'error' },
    files: ['ci/*.yaml'],
    ignore: [],
    path: P,
  });
});

test('an alias bomb leaves the empty policy', () => {
  const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
  assert.deepEqual(parsePolicy(bomb, P).policy, { ...emptyPolicy(), path: P });
});
