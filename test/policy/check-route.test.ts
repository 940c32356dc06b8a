// checkText on a policy file returns the policy findings (same path as the CLI and the editor).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';
import { positions } from '../helpers/fixes.js';
import { matchHostPattern, isPolicyProductionHost } from '../../server/src/models/policy/hostPattern.js';
import { parsePolicy } from '../../server/src/kinds/policy/parse.js';
import { findRule } from '../../server/src/rules/meta/index.js';

const opts = { path: '/repo/.sandbox-guard.yaml' };

test('checkText routes .sandbox-guard.yaml and .yml to the policy rules', () => {
  for (const path of ['/repo/.sandbox-guard.yaml', '/repo/.sandbox-guard.yml']) {
    const r = checkText('rules:\n  shema: warning\nfoo: 1\n', { path });
    assert.equal(r.kind, 'policy');
    assert.deepEqual(positions(r.findings), [['SG951', 2, 3, 2, 8], ['SG950', 3, 1, 3, 4]]);
  }
});

test('policy findings honour suppressions and CLI overrides', () => {
  const text = 'rules:\n  # sandbox-guard-disable-next-line policy-unknown-rule -- rule from the next release\n  future-rule: error\n';
  assert.deepEqual(checkText(text, opts).findings, []);
  assert.deepEqual(checkText('rules:\n  future-rule: error\n', { ...opts, overrides: { 'policy-unknown-rule': 'off' } }).findings, []);
});

test('policy rules are registered with kind policy and docs', () => {
  for (const id of ['SG950', 'SG951', 'SG952', 'SG953']) {
    const r = findRule(id);
    assert.ok(r, id);
    assert.equal(r.kind, 'policy');
    assert.ok(r.docs.summary && r.docs.why && r.docs.fix && r.docs.bad && r.docs.good, id);
  }
  assert.equal(findRule('policy-invalid')?.id, 'SG950');
});

test('host patterns: exact or *.domain (subdomains only), linear on hostile input', () => {
  assert.equal(matchHostPattern('API.example.com', 'api.example.com'), true);
  assert.equal(matchHostPattern('a.b.prod.example.com', '*.prod.example.com'), true);
  assert.equal(matchHostPattern('prod.example.com', '*.prod.example.com'), false);
  assert.equal(matchHostPattern('xprod.example.com', '*.prod.example.com'), false);
  assert.equal(matchHostPattern('a'.repeat(100_000) + '.com', '*.' + 'a'.repeat(50_000) + 'b.com'), false);
  const policy = parsePolicy('productionHosts: ["*.prod.example.com"]\nstagingHosts: {api.example.com: api.staging.example.com}\n', 'p').policy;
  assert.equal(isPolicyProductionHost('x.prod.example.com', policy), true);
  assert.equal(isPolicyProductionHost('api.example.com', policy), true);
  assert.equal(isPolicyProductionHost('api.staging.example.com', policy), false);
});
