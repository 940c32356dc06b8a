// The examples workspace: what `npm start` shows. The good config stays clean; the bad ones between
// them trigger most task rules; discovery follows the policy's `files` and `ignore`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './helpers.js';
import { allRuleMetas } from '../../server/src/rules/meta/index.js';

type J = { path: string; kind: string; findings: { ruleId: string; severity: string }[]; suppressed: unknown[] }[];
const r = runCli(['check', 'examples', '--format', 'json', '--report-suppressions']);
const data = JSON.parse(r.stdout) as J;
const byPath = new Map(data.map((f) => [f.path, f]));

test('checking examples finds errors (exit 1) and --exit-zero (npm start) exits 0', () => {
  assert.equal(r.code, 1, r.stderr);
  assert.equal(runCli(['check', 'examples', '--exit-zero']).code, 0);
});

test('discovery: names, nested folders, AGENTS.md, the policy file, its `files` glob and its `ignore` glob', () => {
  assert.deepEqual(data.map((f) => [f.path, f.kind]), [
    ['examples/.sandbox-guard.yaml', 'policy'],
    ['examples/AGENTS.md', 'agents'],
    ['examples/bad/AGENTS.md', 'agents'],
    ['examples/bad/credentials.sandbox.yaml', 'task'],
    ['examples/bad/env-and-methods.sandbox.yaml', 'task'],
    ['examples/bad/hosts.sandbox.yaml', 'task'],
    ['examples/bad/providers.sandbox.yaml', 'task'],
    ['examples/bad/suppressions.sandbox.yaml', 'task'],
    ['examples/bad/syntax.sandbox.yaml', 'task'],
    ['examples/claude/.claude/settings.json', 'claude'],
    ['examples/claude/.claude/settings.local.json', 'claude'],
    ['examples/claude/.srt-settings.json', 'srt'],
    ['examples/codex/.codex/config.toml', 'codex'],
    ['examples/codex/.codex/requirements.toml', 'codex'],
    ['examples/copilot/.github/workflows/copilot-setup-steps.yml', 'copilot'],
    ['examples/good/.claude/settings.json', 'claude'],
    ['examples/good/.codex/config.toml', 'codex'],
    ['examples/good/.github/workflows/copilot-setup-steps.yml', 'copilot'],
    ['examples/good/checkout-webhook-tests.sandbox.yaml', 'task'],
    ['examples/services/payments/AGENTS.md', 'agents'],
    ['examples/services/payments/sandbox.yaml', 'task'],
    ['examples/services/search/tasks/reindex.task.yaml', 'task'],
  ]);
});

test('the good config, the policy file and the root AGENTS.md are clean', () => {
  for (const p of ['examples/good/checkout-webhook-tests.sandbox.yaml', 'examples/good/.claude/settings.json', 'examples/good/.codex/config.toml', 'examples/good/.github/workflows/copilot-setup-steps.yml', 'examples/.sandbox-guard.yaml', 'examples/AGENTS.md']) {
    assert.deepEqual(byPath.get(p)?.findings, [], p);
  }
});

test('every bad config has an error, and the bad examples trigger most task rules', () => {
  for (const f of data.filter((x) => x.path.startsWith('examples/bad/') && x.kind === 'task')) {
    assert.ok(f.findings.some((x) => x.severity === 'error'), f.path);
  }
  assert.ok(byPath.get('examples/bad/suppressions.sandbox.yaml')!.suppressed.length >= 1);
  const hit = new Set(data.flatMap((f) => f.findings.map((x) => x.ruleId)));
  // SG000 needs an unreadable file, which a sample workspace should not ship
  const taskRules = allRuleMetas().filter((m) => m.kind === 'task' && m.id !== 'SG000');
  const missed = taskRules.filter((m) => !hit.has(m.id)).map((m) => `${m.id} ${m.name}`);
  assert.ok(missed.length <= Math.floor(taskRules.length / 5), `examples no longer trigger: ${missed.join(', ')}`);
});

test('the Claude Code and sandbox-runtime examples trigger the findings they are written for', () => {
  const ids = (p: string) => [...new Set(byPath.get(p)!.findings.map((x) => x.ruleId))].sort();
  assert.deepEqual(ids('examples/claude/.claude/settings.json'), ['SG101', 'SG102', 'SG103', 'SG104', 'SG201', 'SG602', 'SG603', 'SG604', 'SG605', 'SG606', 'SG607', 'SG608']);
  assert.deepEqual(ids('examples/claude/.claude/settings.local.json'), ['SG601']);
  assert.deepEqual(ids('examples/claude/.srt-settings.json'), ['SG101', 'SG609']);
});

test('the Copilot setup-steps example shows each Copilot rule and the shared rules it demonstrates', () => {
  const ids = byPath.get('examples/copilot/.github/workflows/copilot-setup-steps.yml')!.findings.map((f) => f.ruleId);
  assert.deepEqual([...new Set(ids)].sort(), ['SG101', 'SG104', 'SG301', 'SG641', 'SG642', 'SG643', 'SG644', 'SG646']);
});

test('the Codex examples: the bad files trigger every Codex rule (SG622 as a suppressed finding), and the suppression is used', () => {
  const bad = [byPath.get('examples/codex/.codex/config.toml')!, byPath.get('examples/codex/.codex/requirements.toml')!];
  const hit = new Set(bad.flatMap((f) => [...f.findings, ...(f.suppressed as { ruleId: string }[])].map((x) => x.ruleId)));
  const codexRules = allRuleMetas().filter((m) => m.kind === 'codex').map((m) => m.id);
  assert.deepEqual(codexRules.filter((id) => !hit.has(id)), []);
  assert.equal(bad[0].suppressed.length, 2);
});
