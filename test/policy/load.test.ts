// Policy lookup: the nearest `.sandbox-guard.yaml`/`.yml` up the tree applies; I/O is injected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { findPolicyFile, loadPolicyForFile } from '../../server/src/kinds/policy/load.js';
import { emptyPolicy } from '../../server/src/core/policy.js';

/** An in-memory file system; records every read. */
function memFs(files: Record<string, string | Error>) {
  const reads: string[] = [];
  const read = (p: string) => {
    reads.push(p);
    const v = files[p];
    if (v instanceof Error) throw v;
    return v;
  };
  return { read, reads };
}

const R = path.resolve('/ws');
const j = (...p: string[]) => path.join(R, ...p);

test('nearest policy file wins; files without one in their folder inherit the parent', () => {
  const { read } = memFs({
    [j('.sandbox-guard.yaml')]: 'rules: {SG002: warning}\n',
    [j('team-a', '.sandbox-guard.yml')]: 'rules: {SG002: info}\n',
  });
  assert.equal(loadPolicyForFile(j('team-a', 'deep', 'x.sandbox.yaml'), read).policy.rules.SG002, 'info');
  assert.equal(loadPolicyForFile(j('team-a', 'deep', 'x.sandbox.yaml'), read).policy.path, j('team-a', '.sandbox-guard.yml'));
  assert.equal(loadPolicyForFile(j('team-b', 'x.sandbox.yaml'), read).policy.rules.SG002, 'warning');
  assert.equal(loadPolicyForFile(j('x.sandbox.yaml'), read).policy.path, j('.sandbox-guard.yaml'));
});

test('.yaml wins over .yml in the same folder', () => {
  const { read } = memFs({ [j('.sandbox-guard.yaml')]: 'files: [a.yaml]\n', [j('.sandbox-guard.yml')]: 'files: [b.yaml]\n' });
  assert.deepEqual(loadPolicyForFile(j('x.sandbox.yaml'), read).policy.files, ['a.yaml']);
});

test('no policy file: the empty policy, no findings; the walk stops at stopAt', () => {
  const { read, reads } = memFs({ [path.join(path.dirname(R), '.sandbox-guard.yaml')]: 'rules: {SG002: off}\n' });
  assert.deepEqual(loadPolicyForFile(j('a', 'x.sandbox.yaml'), read, R), { policy: emptyPolicy(), findings: [] });
  assert.deepEqual(reads, [j('a', '.sandbox-guard.yaml'), j('a', '.sandbox-guard.yml'), j('.sandbox-guard.yaml'), j('.sandbox-guard.yml')]);
  // without stopAt the parent's policy is found
  assert.equal(loadPolicyForFile(j('a', 'x.sandbox.yaml'), read).policy.rules.SG002, 'off');
});

test('findPolicyFile returns the path and text; missing-file errors from a throwing reader mean "not here"', () => {
  const enoent = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
  const { read } = memFs({ [j('a', '.sandbox-guard.yaml')]: enoent, [j('a', '.sandbox-guard.yml')]: enoent, [j('.sandbox-guard.yaml')]: 'files: []\n' });
  assert.deepEqual(findPolicyFile(j('a'), read), { path: j('.sandbox-guard.yaml'), text: 'files: []\n' });
});

test('an unreadable policy file is a finding, never a crash, and the defaults apply', () => {
  const eacces = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  const { read } = memFs({ [j('.sandbox-guard.yaml')]: eacces });
  const r = loadPolicyForFile(j('x.sandbox.yaml'), read);
  assert.deepEqual(r.policy, { ...emptyPolicy(), path: j('.sandbox-guard.yaml') });
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.severity, f.message]), [['SG950', 'error', 'Policy file could not be read (EACCES: permission denied): the default policy applies.']]);
});

test('findings of a broken policy come back with the policy (for the CLI to report on the policy file)', () => {
  const { read } = memFs({ [j('.sandbox-guard.yaml')]: 'rules:\n  SG002: of\n  SG001: info\n' });
  const r = loadPolicyForFile(j('x.sandbox.yaml'), read);
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.range.start.line + 1]), [['SG950', 2]]);
  assert.deepEqual(r.policy.rules, { SG001: 'info' });
});

test('callers may change the policy they get without affecting the next lookup', () => {
  const { read } = memFs({ [j('.sandbox-guard.yaml')]: 'productionHosts: [a.example.com]\n' });
  const first = loadPolicyForFile(j('x.sandbox.yaml'), read).policy;
  first.productionHosts.push('mutated.example.com');
  first.rules.SG002 = 'off';
  const second = loadPolicyForFile(j('y.sandbox.yaml'), read).policy;
  assert.deepEqual(second.productionHosts, ['a.example.com']);
  assert.deepEqual(second.rules, {});
});

test('a changed policy text is re-parsed', () => {
  const files: Record<string, string> = { [j('.sandbox-guard.yaml')]: 'files: [a.yaml]\n' };
  const read = (p: string) => files[p];
  assert.deepEqual(loadPolicyForFile(j('x.sandbox.yaml'), read).policy.files, ['a.yaml']);
  files[j('.sandbox-guard.yaml')] = 'files: [b.yaml]\n';
  assert.deepEqual(loadPolicyForFile(j('x.sandbox.yaml'), read).policy.files, ['b.yaml']);
});
