// Copilot setup steps that do not parse or are hostile: one clear SG003 finding with a range, no other rule
// trusting a half-read file, no crash, no hang; suppressions as YAML comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';
import { ruleTester } from '../helpers/ruleTester.js';

const COPILOT = { path: '/repo/.github/workflows/copilot-setup-steps.yml' };
const JOB = 'jobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n';

ruleTester('SG003', {
  options: COPILOT,
  valid: [{ name: 'a valid workflow', text: JOB }],
  invalid: [
    {
      name: 'an unclosed flow sequence',
      text: 'jobs:\n  copilot-setup-steps:\n    runs-on: [ubuntu-latest\n',
      errors: [{ range: [4, 1, 4, 1], severity: 'error', message: /^Expected a comma|flow sequence/i }],
    },
    {
      name: 'a duplicate key: on the second one',
      text: `${JOB}    runs-on: self-hosted\n`,
      errors: [{ range: [6, 5, 6, 12], severity: 'error', message: 'Map keys must be unique' }],
    },
    {
      name: 'two YAML documents: GitHub reads only the first',
      text: `${JOB}---\njobs: {}\n`,
      errors: [{ range: [7, 1, 7, 9], severity: 'error', message: 'A workflow file holds one YAML document: GitHub reads only the first; the rest is ignored.' }],
    },
    {
      name: 'a list instead of a mapping',
      text: '- runs-on: ubuntu-latest\n',
      errors: [{ range: [1, 1, 1, 25], severity: 'error', message: 'A workflow is a YAML mapping (`on:`, `jobs:`, …); this document is not one.' }],
    },
  ],
});

test('an alias bomb is one SG003 finding, quickly, and no other rule runs', () => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
  const text = `${lines.join('\n')}\njobs:\n  copilot-setup-steps:\n    runs-on: self-hosted\n    steps: [*l]\n`;
  const t0 = performance.now();
  const r = checkText(text, COPILOT);
  assert.ok(performance.now() - t0 < 2000, 'checked in under 2 s');
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['SG003']);
  assert.match(r.findings[0].message, /^Too many alias expansions/);
});

test('deep nesting and an oversized file are refused with a range, not parsed', () => {
  const deep = checkText(`jobs: ${'['.repeat(5000)}`, COPILOT);
  assert.deepEqual(deep.findings.map((f) => [f.ruleId, f.message.split(' (')[0]]), [['SG003', 'Nesting is too deep']]);
  const big = `${JOB}    steps:\n${'      - run: echo ok\n'.repeat(150_000)}`;
  const t0 = performance.now();
  const r = checkText(big, COPILOT);
  assert.ok(performance.now() - t0 < 2000, 'refused in under 2 s');
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['SG003']);
  assert.match(r.findings[0].message, /^File is too large to check \(3\.\d MB; the limit is 2 MB\)\. A setup-steps workflow is small: split it\.$/);
});

test('a 100 KB run script line and thousands of expressions stay linear', () => {
  const script = `${'x'.repeat(100_000)}//${'a'.repeat(100_000)} ${'${{ secrets.A }} '.repeat(5000)}`;
  const t0 = performance.now();
  const r = checkText(`${JOB}    steps:\n      - run: "${script}"\n`, COPILOT);
  assert.ok(performance.now() - t0 < 2000, `checked in ${Math.round(performance.now() - t0)} ms`);
  assert.deepEqual(r.findings.map((f) => f.ruleId), []);
});

test('suppressions are YAML comments; a `#` inside a run script is not one', () => {
  const text = `jobs:\n  copilot-setup-steps:\n    # sandbox-guard-disable-next-line copilot-self-hosted-runner -- isolated runner, egress limited to staging\n    runs-on: [self-hosted]\n    permissions:\n      contents: read\n    steps:\n      - run: |\n          # sandbox-guard-disable-next-line copilot-run-production-url -- not a comment of the workflow\n          curl https://api-m.paypal.com/v1/x\n`;
  const r = checkText(text, { ...COPILOT, reportSuppressions: true });
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['SG642']);
  assert.deepEqual(r.suppressed.map((f) => [f.ruleId, f.suppressed?.reason]), [['SG643', 'isolated runner, egress limited to staging']]);
});
