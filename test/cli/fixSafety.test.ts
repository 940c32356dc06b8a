// `--fix` must not damage files (issue 8 §2): one member of each class of damage found by the red team,
// through the real CLI. The generated version of these checks is test/engine/fixProperty.test.ts.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli, tempTree } from './helpers.js';
import { applyEdits } from '../../server/src/core/applyEdits.js';
import { checkText } from '../../server/src/engine/check.js';

const HEAD = 'version: 1\nname: t\n';

/** Runs `check --fix` (JSON report) on one task config; returns the run, the fixed text and the findings left. */
function fix(text: string, extra: string[] = []) {
  const dir = tempTree({ 'a.sandbox.yaml': text, 'AGENTS.md': '# Agents\n' });
  const r = runCli(['check', '--fix', '--format', 'json', 'a.sandbox.yaml', ...extra], { cwd: dir });
  const fixed = fs.readFileSync(path.join(dir, 'a.sandbox.yaml'), 'utf8');
  const report = JSON.parse(r.stdout || '[]') as { findings: { ruleId: string }[] }[];
  return { r, dir, fixed, ids: report.flatMap((f) => f.findings.map((x) => x.ruleId)) };
}

test('--fix: two near-duplicate entries are not both removed: one survives, and no SG002 appears', () => {
  const { fixed, ids } = fix(`${HEAD}network:\n  allowlist:\n    - API.staging.acme-payments.com\n    - "api.staging.acme-payments.com "\n  methods: [GET]\n`);
  assert.deepEqual(parse(fixed).network.allowlist, ['api.staging.acme-payments.com']);
  assert.ok(!ids.includes('SG002'), fixed);
});

test('--fix: a block-scalar allowlist entry is replaced without the next key joining it (the methods restriction stays)', () => {
  const { fixed, ids } = fix(`${HEAD}network:\n  allowlist:\n    - |\n      api.paypal.com\n  methods: [GET]\n`);
  assert.deepEqual(parse(fixed).network, { allowlist: ['api.sandbox.paypal.com'], methods: ['GET'] });
  assert.ok(!ids.includes('SG002') && !ids.includes('SG101'), fixed);
});

test('--fix: an inserted field in a multi-line flow mapping never lands in a comment, and the fix settles', () => {
  // the inserted field is a missing scope (a safe fix; declaring permissions is not)
  const text = `${HEAD}credentials:\n  STAGING_KEY: {source: vault, permissions: read-only, # owner: payments SEC-1\n    label: sandbox key, rate_limit: {requests: 60, per: minute} # x\n  }\n`;
  const { r, dir, fixed } = fix(text);
  assert.doesNotMatch(r.stderr, /did not settle/);
  assert.equal(parse(fixed).credentials.STAGING_KEY.scope, 'task');
  assert.match(fixed, /# owner: payments SEC-1\n/);
  assert.match(fixed, /# x\n/);
  const again = runCli(['check', '--fix', '--format', 'json', 'a.sandbox.yaml'], { cwd: dir });
  assert.equal(again.stderr, '');
  assert.equal(fs.readFileSync(path.join(dir, 'a.sandbox.yaml'), 'utf8'), fixed);
});

test('--fix: removing an entry keeps its trailing comment (owners and tickets live there)', () => {
  const text = `${HEAD}network:\n  allowlist:\n    - api.sandbox.paypal.com # owner: payments, SEC-12\n    - api.paypal.com # owner: bob SEC-13\n    - API.sandbox.paypal.com # owner: alice SEC-14\n  methods: [GET]\n`;
  const { fixed } = fix(text);
  assert.deepEqual(parse(fixed).network.allowlist, ['api.sandbox.paypal.com']);
  for (const c of ['# owner: payments, SEC-12', '# owner: bob SEC-13', '# owner: alice SEC-14']) assert.ok(fixed.includes(c), `${c} lost:\n${fixed}`);
});

test('editing an anchored value does not change its alias: the alias gets the old value written out, and the title says so', () => {
  const text = `${HEAD}credentials:\n  STAGING_KEY:\n    source: vault\n    scope: task\n    permissions: &x read-write\n    label: *x\n    rate_limit: {requests: 60, per: minute}\n`;
  const fixes = checkText(text, { path: 'a.sandbox.yaml' }).findings.filter((f) => f.ruleId === 'SG205').flatMap((f) => f.fixes);
  assert.deepEqual(fixes.map((x) => x.title), ['Declare read-only - then replace the key at the provider with a read-only one (its alias keeps the old value, written out)']);
  // a declaration only: --fix leaves it to the user
  assert.notEqual(fixes[0].safe, true);
  const { fixed } = fix(text);
  assert.equal(parse(fixed).credentials.STAGING_KEY.permissions, 'read-write');
  const applied = applyEdits(text, fixes[0].edits);
  const cred = parse(applied).credentials.STAGING_KEY;
  assert.deepEqual([cred.permissions, cred.label], ['read-only', 'read-write']);
});

test('--fix: a write that fails (EACCES) is reported, the report shows the unchanged file\'s findings, and the exit code is 2', () => {
  // a missing scope: its insertion is a safe fix (a declared pool scope is not: the key must be rotated too)
  const text = `${HEAD}credentials:\n  STAGING_KEY:\n    source: vault\n    permissions: read-only\n    label: sandbox key\n    rate_limit: {requests: 60, per: minute}\n`;
  const dir = tempTree({ 'a.sandbox.yaml': text, 'AGENTS.md': '# Agents\n' });
  const target = path.join(dir, 'a.sandbox.yaml');
  // root ignores file modes, so the failure is simulated at the one write --fix makes
  const real = fs.writeFileSync;
  const m = mock.method(fs, 'writeFileSync', (p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (p === target) throw Object.assign(new Error(`EACCES: permission denied, open '${target}'`), { code: 'EACCES' });
    return (real as (...a: unknown[]) => void)(p, ...rest);
  });
  try {
    const r = runCli(['check', '--fix', 'a.sandbox.yaml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /cannot write a\.sandbox\.yaml: EACCES/);
    assert.match(r.stdout, /a\.sandbox\.yaml is unchanged/);
    assert.doesNotMatch(r.stdout, /^fixed /m);
    // the finding the fix would have removed is still reported: the file did not change
    assert.match(r.stdout, /credential-scope/);
  } finally {
    m.mock.restore();
  }
  assert.equal(fs.readFileSync(target, 'utf8'), text);
});

test('--fix does not write through a symbolic link to a file outside the checked folder, and says so', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-outside-'));
  // a missing scope: its insertion is a safe fix (a declared pool scope is not: the key must be rotated too)
  const text = `${HEAD}credentials:\n  STAGING_KEY:\n    source: vault\n    permissions: read-only\n    label: sandbox key\n    rate_limit: {requests: 60, per: minute}\n`;
  fs.writeFileSync(path.join(outside, 'real.sandbox.yaml'), text);
  const dir = tempTree({ 'AGENTS.md': '# Agents\n', 'inside.sandbox.yaml': text });
  fs.symlinkSync(path.join(outside, 'real.sandbox.yaml'), path.join(dir, 'a.sandbox.yaml'));
  const r = runCli(['check', '--fix'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stdout, /not written: a\.sandbox\.yaml is a symbolic link to a file outside the checked folder/);
  assert.equal(fs.readFileSync(path.join(outside, 'real.sandbox.yaml'), 'utf8'), text);
  // the file inside the tree is still fixed
  assert.match(fs.readFileSync(path.join(dir, 'inside.sandbox.yaml'), 'utf8'), /scope: task/);
});
