// A policy file cannot switch checking off without a word: it is always checked, the policy that
// applies is shown in every format, and one outside the checked folder applies only with --policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempTree } from './helpers.js';

const BAD = 'network:\n  allowlist:\n    - api.paypal.com\n';

/** Policies that each switch checking off entirely. */
const SWITCH_OFF = [
  'ignore: ["**"]\n',
  "ignore: ['*']\n",
  'ignore:\n  - "**/*.sandbox.yaml"\n  - "**/*.sandbox.yml"\n  - "**/sandbox.yaml"\n  - "**/sandbox.yml"\n',
  'ignore: ["**"]\nrules:\n  production-host: of\n', // invalid too
  'version: 2\nignore: ["**"]\n', // unknown key
];

test('a policy that ignores everything: the policy file is still checked, with an error, and the run fails', () => {
  for (const policy of SWITCH_OFF) {
    for (const args of [['.'], ['a.sandbox.yaml'], ['sub']]) {
      const dir = tempTree({ '.sandbox-guard.yaml': policy, 'a.sandbox.yaml': BAD, 'sub/b.sandbox.yaml': BAD });
      const r = runCli(['check', ...args, '--format', 'json'], { cwd: dir });
      assert.equal(r.code, 1, `${policy} ${args}: ${r.stdout}${r.stderr}`);
      const reports = JSON.parse(r.stdout) as { path: string; findings: { ruleId: string; severity: string }[] }[];
      const p = reports.find((x) => x.path === '.sandbox-guard.yaml');
      assert.ok(p?.findings.some((f) => f.ruleId === 'SG954' && f.severity === 'error'), `${policy} ${args}: ${r.stdout}`);
    }
  }
});

test('an ignore glob never skips the policy file itself', () => {
  const dir = tempTree({ '.sandbox-guard.yaml': 'ignore:\n  - ".sandbox-guard.yaml"\n  - "*.yaml"\nrules:\n  unverified-host: bogus\n', 'a.sandbox.yml': BAD });
  const r = runCli(['check', '--format', 'json'], { cwd: dir });
  const reports = JSON.parse(r.stdout) as { path: string; findings: { ruleId: string }[] }[];
  assert.ok(reports.find((x) => x.path === '.sandbox-guard.yaml')?.findings.some((f) => f.ruleId === 'SG950'), r.stdout);
});

test('the policy that applies is shown: stylish header, JSON per file, SARIF invocation properties', () => {
  const dir = tempTree({ '.sandbox-guard.yaml': 'rules:\n  unverified-host: "off"\n', 'a.sandbox.yaml': BAD, 'team/.sandbox-guard.yml': 'stagingMarkers: [qa]\n', 'team/t.sandbox.yaml': BAD });
  const stylish = runCli(['check'], { cwd: dir });
  assert.equal(stylish.stdout.split('\n')[0], 'Policies: .sandbox-guard.yaml, team/.sandbox-guard.yml');
  const json = JSON.parse(runCli(['check', '--format', 'json'], { cwd: dir }).stdout) as { path: string; policy: string | null }[];
  assert.deepEqual(json.map((x) => [x.path, x.policy]), [['.sandbox-guard.yaml', '.sandbox-guard.yaml'], ['a.sandbox.yaml', '.sandbox-guard.yaml'], ['team/.sandbox-guard.yml', 'team/.sandbox-guard.yml'], ['team/t.sandbox.yaml', 'team/.sandbox-guard.yml']]);
  const sarif = JSON.parse(runCli(['check', '--format', 'sarif'], { cwd: dir }).stdout);
  assert.deepEqual(sarif.runs[0].invocations[0].properties.policies, ['.sandbox-guard.yaml', 'team/.sandbox-guard.yml']);
  const none = tempTree({ 'a.sandbox.yaml': BAD });
  assert.doesNotMatch(runCli(['check'], { cwd: none }).stdout, /^Polic/, 'no policy: no header line');
  assert.equal((JSON.parse(runCli(['check', '--format', 'json'], { cwd: none }).stdout) as { policy: null }[])[0].policy, null);
});

test('a policy above the checked folder (no git root between) does not apply; --policy applies it and says so', () => {
  const dir = tempTree({ '.sandbox-guard.yaml': 'ignore: ["**"]\nrules:\n  production-host: "off"\n', 'project/a.sandbox.yaml': BAD });
  const cwd = path.join(dir, 'project');
  const r = runCli(['check'], { cwd });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /production-host \(SG101\)/);
  assert.doesNotMatch(r.stdout, /Polic/);
  assert.equal(r.stderr, 'sandbox-guard: not using ../.sandbox-guard.yaml: it is outside the checked folder; pass --policy ../.sandbox-guard.yaml to apply it.\n');
  const explicit = runCli(['check', '--policy', '../.sandbox-guard.yaml', '--format', 'json'], { cwd });
  const reports = JSON.parse(explicit.stdout) as { path: string; policy: string; findings: { ruleId: string }[] }[];
  assert.deepEqual(reports.map((x) => x.path), ['../.sandbox-guard.yaml'], 'the named policy is checked (and ignores the config)');
  assert.ok(reports[0].findings.some((f) => f.ruleId === 'SG954'));
  assert.equal(explicit.code, 1);
  const stylish = runCli(['check', '--policy', '../.sandbox-guard.yaml'], { cwd });
  assert.equal(stylish.stdout.split('\n')[0], 'Policy: ../.sandbox-guard.yaml (--policy)');
});

test('inside a git repository the policy at its root applies to a checked subfolder', () => {
  const dir = tempTree({ '.sandbox-guard.yaml': 'rules:\n  production-host: "off"\n', 'infra/a.sandbox.yaml': BAD });
  fs.mkdirSync(path.join(dir, '.git'));
  const r = runCli(['check', 'infra', '--format', 'json'], { cwd: dir });
  const reports = JSON.parse(r.stdout) as { path: string; policy: string; findings: { ruleId: string }[] }[];
  const a = reports.find((x) => x.path === 'infra/a.sandbox.yaml')!;
  assert.equal(a.policy, '.sandbox-guard.yaml');
  assert.ok(!a.findings.some((f) => f.ruleId === 'SG101'));
  // above the git root it does not
  const outer = tempTree({ '.sandbox-guard.yaml': 'rules:\n  production-host: "off"\n', 'repo/a.sandbox.yaml': BAD });
  fs.mkdirSync(path.join(outer, 'repo', '.git'));
  const r2 = runCli(['check', 'repo', '--format', 'json'], { cwd: outer });
  const a2 = (JSON.parse(r2.stdout) as { path: string; policy: string | null; findings: { ruleId: string }[] }[]).find((x) => x.path === 'repo/a.sandbox.yaml')!;
  assert.equal(a2.policy, null);
  assert.ok(a2.findings.some((f) => f.ruleId === 'SG101'));
});

test('--policy: a missing file or a repeated flag is a usage error', () => {
  const dir = tempTree({ 'a.sandbox.yaml': BAD });
  const r = runCli(['check', '--policy', 'nope.yaml'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--policy: no such file: nope\.yaml/);
  assert.equal(runCli(['check', '--policy', 'a', '--policy', 'b'], { cwd: dir }).code, 2);
  assert.equal(runCli(['check', '--policy'], { cwd: dir }).code, 2);
});

test('a policy that does not parse and ignores everything: reported, and its ignore does not apply', () => {
  const dir = tempTree({ '.sandbox-guard.yaml': 'ignore: ["**"]\nbroken: [\n', 'a.sandbox.yaml': BAD });
  const r = runCli(['check', '--format', 'json'], { cwd: dir });
  const reports = JSON.parse(r.stdout) as { path: string; findings: { ruleId: string }[] }[];
  assert.ok(reports.find((x) => x.path === '.sandbox-guard.yaml')?.findings.some((f) => f.ruleId === 'SG950'));
  assert.ok(reports.find((x) => x.path === 'a.sandbox.yaml')?.findings.some((f) => f.ruleId === 'SG101'));
  assert.equal(r.code, 1);
});
