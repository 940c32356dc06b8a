// Discovery: which files `check` looks at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempTree } from './helpers.js';

const paths = (cwd: string, args: string[] = ['.']) => {
  const r = runCli(['check', ...args, '--format', 'json'], { cwd });
  assert.notEqual(r.code, 2, r.stderr);
  return (JSON.parse(r.stdout) as { path: string }[]).map((f) => f.path);
};

test('finds configs by name anywhere, AGENTS.md and policy files; skips node_modules, .git and other files', () => {
  const dir = tempTree({
    'a.sandbox.yaml': 'name: a\n',
    'b.sandbox.yml': 'name: b\n',
    'deep/er/sandbox.yaml': 'name: c\n',
    'deep/sandbox.yml': 'name: d\n',
    'deep/AGENTS.md': '# x\n',
    'node_modules/pkg/x.sandbox.yaml': 'name: no\n',
    '.git/x.sandbox.yaml': 'name: no\n',
    'other.yaml': 'name: no\n',
    'sandbox.yaml.bak': 'name: no\n',
    'agents.md': '# not the name\n',
  });
  assert.deepEqual(paths(dir), ['a.sandbox.yaml', 'b.sandbox.yml', 'deep/AGENTS.md', 'deep/er/sandbox.yaml', 'deep/sandbox.yml']);
});

test('finds the instruction files beside AGENTS.md: AGENTS.override.md, CLAUDE.md, .claude/CLAUDE.md, .github/copilot-instructions.md', () => {
  const dir = tempTree({
    'AGENTS.override.md': '# x\n',
    'CLAUDE.md': '# x\n',
    '.claude/CLAUDE.md': '# x\n',
    '.github/copilot-instructions.md': '# x\n',
    'docs/copilot-instructions.md': '# not read by Copilot\n',
    'claude.md': '# not the name\n',
  });
  assert.deepEqual(paths(dir), ['.claude/CLAUDE.md', '.github/copilot-instructions.md', 'AGENTS.override.md', 'CLAUDE.md']);
  const r = runCli(['check', '.', '--format', 'json'], { cwd: dir });
  const out = JSON.parse(r.stdout) as { path: string; findings: { ruleId: string; message: string }[] }[];
  const sg401 = out.map((f) => f.findings.find((x) => x.ruleId === 'SG401')?.message.split(' has no')[0]);
  assert.deepEqual(sg401, ['CLAUDE.md', '.github/copilot-instructions.md', 'AGENTS.override.md', 'CLAUDE.md']);
});

test('finds Copilot setup steps at their fixed path only, and checks them as that kind', () => {
  const dir = tempTree({
    '.github/workflows/copilot-setup-steps.yml': 'jobs:\n  copilot-setup-steps:\n    runs-on: [self-hosted]\n    permissions:\n      contents: read\n',
    'svc/.github/workflows/copilot-setup-steps.yaml': 'jobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n',
    '.github/workflows/ci.yml': 'jobs:\n  build:\n    runs-on: [self-hosted]\n',
    'copilot-setup-steps.yml': 'jobs: {}\n',
  });
  const r = runCli(['check', '.', '--format', 'json'], { cwd: dir });
  const out = JSON.parse(r.stdout) as { path: string; kind: string; findings: { ruleId: string }[] }[];
  assert.deepEqual(out.map((f) => [f.path, f.kind, f.findings.map((x) => x.ruleId)]), [
    ['.github/workflows/copilot-setup-steps.yml', 'copilot', ['SG643']],
    ['svc/.github/workflows/copilot-setup-steps.yaml', 'copilot', []],
  ]);
  assert.equal(r.code, 1);
});

test("the policy's `files` globs add configs and its `ignore` globs remove them, explicit files included", () => {
  const dir = tempTree({
    '.sandbox-guard.yaml': 'files:\n  - "tasks/*.task.yaml"\nignore:\n  - "vendor/**"\n  - "legacy.sandbox.yaml"\n',
    'tasks/reindex.task.yaml': 'name: r\n',
    'tasks/readme.yaml': 'name: no\n',
    'vendor/x/a.sandbox.yaml': 'name: no\n',
    'legacy.sandbox.yaml': 'name: no\n',
    'ok.sandbox.yaml': 'name: ok\n',
  });
  assert.deepEqual(paths(dir), ['.sandbox-guard.yaml', 'ok.sandbox.yaml', 'tasks/reindex.task.yaml']);
  assert.deepEqual(paths(dir, ['legacy.sandbox.yaml', 'vendor/x/a.sandbox.yaml', 'tasks/readme.yaml']), ['tasks/readme.yaml']);
});

test('symlinked folders are not followed (no loops); duplicates from overlapping paths are checked once', () => {
  const dir = tempTree({ 'real/a.sandbox.yaml': 'name: a\n' });
  fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
  fs.symlinkSync(dir, path.join(dir, 'real', 'loop'));
  assert.deepEqual(paths(dir, ['.', 'real', 'real/a.sandbox.yaml']), ['real/a.sandbox.yaml']);
});

test('a broken policy file outside the checked folder is still reported, and checking goes on', () => {
  const dir = tempTree({ '.sandbox-guard.yaml': 'rules: [\n', 'sub/a.sandbox.yaml': 'network:\n  allowlist: []\n  allowlist: []\n' });
  const r = runCli(['check', 'sub', '--format', 'json'], { cwd: dir });
  const data = JSON.parse(r.stdout) as { path: string; kind: string; findings: { ruleId: string }[] }[];
  assert.deepEqual(data.map((f) => [f.path, f.kind]), [['sub/a.sandbox.yaml', 'task'], ['.sandbox-guard.yaml', 'policy']]);
  assert.ok(data[0].findings.some((f) => f.ruleId === 'SG001'));
  assert.ok(data[1].findings.length > 0);
  assert.equal(r.code, 1);
});

test('--kind checks a file named on the command line as that kind, whatever its name; an unknown kind is a usage error', () => {
  const srt = '{\n  "network": { "allowedDomains": ["api.sandbox.paypal.com", "api.paypal.com"] },\n  "credentials": { "envVars": [{ "name": "PAYPAL_TOKEN", "mode": "mask" }] }\n}\n';
  const dir = tempTree({ 'ci/recon-sandbox.json': srt });
  const rules = (args: string[]) => {
    const r = runCli(['check', 'ci/recon-sandbox.json', ...args, '--format', 'json'], { cwd: dir });
    assert.notEqual(r.code, 2, r.stderr);
    return (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }[]).flatMap((f) => f.findings.map((m) => m.ruleId));
  };
  // by its name alone a .json file is taken for Claude Code settings, where `sandbox.enabled` is missing
  const asClaude = rules([]);
  assert.ok(asClaude.includes('SG601') && !asClaude.includes('SG609'), asClaude.join());
  // as sandbox-runtime settings: no Claude Code rule, and the masked token is judged by srt's rules
  const asSrt = rules(['--kind', 'srt']);
  assert.deepEqual(asSrt.sort(), ['SG101', 'SG609']);
  const bad = runCli(['check', 'ci/recon-sandbox.json', '--kind', 'bogus'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /Unknown kind "bogus"\. Use one of: .*srt/);
});
