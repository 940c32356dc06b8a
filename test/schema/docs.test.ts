// docs/config-format.md and docs/policy-file.md are generated from the schemas: they must be current,
// and the examples they show must check the way they claim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { render } from '../../scripts/gen-schema-docs.js';
import { checkText } from '../../server/src/engine/check.js';
import { parsePolicy } from '../../server/src/kinds/policy/parse.js';

const root = path.resolve(import.meta.dirname, '../..');

test('schema docs are up to date (run node --import tsx scripts/gen-schema-docs.ts)', () => {
  for (const [rel, text] of Object.entries(render())) assert.equal(fs.readFileSync(path.join(root, rel), 'utf8'), text, rel);
});

function firstYamlBlock(rel: string): string {
  const md = fs.readFileSync(path.join(root, rel), 'utf8');
  return /```yaml\n([\s\S]*?)```/.exec(md)![1];
}

test('the config-format example passes the schema', () => {
  const findings = checkText(firstYamlBlock('docs/config-format.md'), { path: 'example.sandbox.yaml' }).findings;
  assert.deepEqual(findings.filter((f) => f.ruleId === 'SG002'), []);
});

test('the policy-file example is a valid policy that names only real rules', () => {
  const r = parsePolicy(firstYamlBlock('docs/policy-file.md'), '/repo/.sandbox-guard.yaml');
  assert.deepEqual(r.findings.map((f) => f.message), []);
  assert.deepEqual(Object.keys(r.policy.rules), ['SG102', 'SG303']);
});

test('every schema property appears in the reference', () => {
  const md = fs.readFileSync(path.join(root, 'docs/config-format.md'), 'utf8');
  for (const key of ['network.allowlist_additions', 'network.dns.custom_resolvers', 'credentials.<NAME>.rate_limit.per', 'env.<NAME>', 'max_parallel_tasks']) {
    assert.ok(md.includes(`### \`${key}\``), key);
  }
  const policy = fs.readFileSync(path.join(root, 'docs/policy-file.md'), 'utf8');
  for (const key of ['stagingHosts', 'productionHosts', 'stagingMarkers', 'rules', 'files', 'ignore']) assert.ok(policy.includes(`### \`${key}\``), key);
});
