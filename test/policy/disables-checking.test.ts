// SG954: a policy that switches checking off (ignores every task config, lowers every rule) is an
// error on the policy file itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy } from '../../server/src/kinds/policy/parse.js';
import { allRuleMetas } from '../../server/src/rules/meta/index.js';

const sg954 = (text: string) => parsePolicy(text, '/r/.sandbox-guard.yaml').findings.filter((f) => f.ruleId === 'SG954');
const spanText = (text: string, f: { span: { start: number; end: number } }) => text.slice(f.span.start, f.span.end);

/** Globs that alone skip every task config at any depth. */
const ALL = ['"**"', '"*"', '"**/*"', "'*.*'", '"**/*.*"', '"*.y*"', '"**/*ml"', '"./**"'];
/** Globs that skip some files only. */
const SOME = ['vendor/**', '"**/*.sandbox.yaml"', '"*.sandbox.yml"', 'sandbox.yaml', '"a/**"', '"**/tmp/*"', 'AGENTS.md'];

test('an ignore glob that skips every task config is an error on that glob', () => {
  for (const g of ALL) {
    for (const extra of ['', '  - vendor/**\n']) {
      const text = `ignore:\n${extra}  - ${g}\n`;
      const f = sg954(text);
      assert.equal(f.length, 1, text);
      assert.equal(f[0].severity, 'error');
      assert.equal(spanText(text, f[0]), g, text);
      assert.match(f[0].message, /skips every task config/);
    }
  }
});

test('globs that together skip every task config are an error on `ignore`; any one name pattern left checked is fine', () => {
  const names = ['"**/*.sandbox.yaml"', '"**/*.sandbox.yml"', '"**/sandbox.yaml"', '"**/sandbox.yml"'];
  const text = `ignore:\n${names.map((n) => `  - ${n}\n`).join('')}`;
  const f = sg954(text);
  assert.equal(f.length, 1);
  assert.equal(spanText(text, f[0]), 'ignore');
  // every proper subset leaves a kind of task config checked
  for (let mask = 0; mask < 15; mask++) {
    const subset = names.filter((_, i) => mask & (1 << i));
    assert.deepEqual(sg954(`ignore:\n${subset.map((n) => `  - ${n}\n`).join('')}\n`), [], subset.join(','));
  }
  for (const g of SOME) assert.deepEqual(sg954(`ignore:\n  - ${g}\n`), [], g);
});

test('rules that lower every rule (or turn all off) are an error on `rules`; leaving one rule at its default is fine', () => {
  const rules = allRuleMetas().filter((r) => r.kind !== 'policy');
  const off = `rules:\n${rules.map((r) => `  ${r.id}: "off"\n`).join('')}`;
  const f = sg954(off);
  assert.equal(f.length, 1);
  assert.equal(spanText(off, f[0]), 'rules');
  assert.match(f[0].message, /turns every rule off/);
  const lower = (r: { severity: string }) => (r.severity === 'error' ? 'warning' : r.severity === 'warning' ? 'info' : '"off"');
  const lowered = `rules:\n${rules.map((r, i) => `  ${i % 2 ? r.name : r.id}: ${lower(r)}\n`).join('')}`;
  assert.match(sg954(lowered)[0]?.message ?? '', /lowers every rule/);
  for (const keep of [rules[0], rules[rules.length - 1], rules[Math.floor(rules.length / 2)]]) {
    const text = `rules:\n${rules.filter((r) => r !== keep).map((r) => `  ${r.id}: "off"\n`).join('')}`;
    assert.deepEqual(sg954(text), [], `leaving ${keep.id}`);
  }
});

test('an invalid policy that also ignores everything reports both', () => {
  const text = 'ignore:\n  - "**"\nrules:\n  production-host: of\n';
  const ids = parsePolicy(text, '/r/.sandbox-guard.yaml').findings.map((f) => f.ruleId);
  assert.ok(ids.includes('SG950'), ids.join());
  assert.ok(ids.includes('SG954'), ids.join());
});
