// Bad input: every broken file gets one clear finding, nothing crashes or hangs, and the other files
// are still checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { onlyRules, runCli, tempTree } from './helpers.js';

// other rules (e.g. "no AGENTS.md governs this config") would add findings unrelated to bad input
const STABLE = onlyRules(['SG000', 'SG001', 'SG900', 'SG901']);
import { readTextFile, firstInvalidUtf8, type FsApi } from '../../server/src/core/readFile.js';

const BROKEN_DUP = 'network:\n  allowlist: []\n  allowlist: []\n';
type J = { path: string; findings: { ruleId: string; severity: string; message: string; line: number; column: number }[] }[];

function checkJson(dir: string, extra: string[] = []) {
  const r = runCli(['check', '.', '--format', 'json', ...STABLE, ...extra], { cwd: dir });
  assert.notEqual(r.code, 2, r.stderr);
  const data = JSON.parse(r.stdout) as J;
  return { code: r.code, byPath: new Map(data.map((f) => [f.path, f.findings])) };
}

test('each bad file gets its own finding and the good file next to it is still checked', () => {
  const aliasBomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
  const dir = tempTree({
    'binary.sandbox.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    'latin1.sandbox.yaml': Buffer.from('name: ok\nlabel: caf\xe9\n', 'latin1'),
    'utf16.sandbox.yaml': Buffer.from('\ufeffname: x\n', 'utf16le'),
    'empty.sandbox.yaml': '',
    'blank.sandbox.yaml': '\n   \n',
    'huge.sandbox.yaml': 'name: big\n' + '# padding\n'.repeat(1_100_000),
    'bomb.sandbox.yaml': aliasBomb,
    'deep.sandbox.yaml': '['.repeat(5000),
    'deep-block.sandbox.yaml': Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n',
    'z-good.sandbox.yaml': BROKEN_DUP,
  });
  fs.mkdirSync(path.join(dir, 'folder.sandbox.yaml'));
  fs.writeFileSync(path.join(dir, 'folder.sandbox.yaml', 'inner.sandbox.yaml'), BROKEN_DUP);
  fs.symlinkSync(path.join(dir, 'missing-target.yaml'), path.join(dir, 'dangling.sandbox.yaml'));
  execFileSync('mkfifo', [path.join(dir, 'fifo.sandbox.yaml')]);

  const { code, byPath } = checkJson(dir);
  assert.equal(code, 1);
  const one = (p: string) => {
    const f = byPath.get(p);
    assert.ok(f, `${p} was not reported`);
    assert.equal(f.length, 1, `${p}: ${JSON.stringify(f)}`);
    return f[0];
  };
  const sg000 = (p: string, re: RegExp, severity = 'error') => {
    const f = one(p);
    assert.equal(f.ruleId, 'SG000', p);
    assert.equal(f.severity, severity, p);
    assert.match(f.message, re, p);
    return f;
  };
  sg000('binary.sandbox.yaml', /looks binary \(a NUL byte at byte 8\)/);
  const latin = sg000('latin1.sandbox.yaml', /not valid UTF-8 \(byte 0xE9 here\).*Save it as UTF-8/);
  assert.deepEqual([latin.line, latin.column], [2, 11]);
  sg000('utf16.sandbox.yaml', /UTF-16 encoded/);
  sg000('empty.sandbox.yaml', /Empty task config/, 'info');
  sg000('blank.sandbox.yaml', /Empty task config/, 'info');
  sg000('huge.sandbox.yaml', /too large to check \(10\.5 MB; the limit is 2\.0 MB\)/);
  sg000('folder.sandbox.yaml', /directory named like a config file/, 'warning');
  sg000('dangling.sandbox.yaml', /^File is a broken symbolic link \(its target does not exist\): it was not checked\.$/);
  sg000('fifo.sandbox.yaml', /Not a regular file/);
  const bomb = one('bomb.sandbox.yaml');
  assert.deepEqual([bomb.ruleId, bomb.severity], ['SG001', 'error']);
  assert.match(bomb.message, /alias/i);
  const deep = one('deep.sandbox.yaml');
  assert.equal(deep.ruleId, 'SG001');
  assert.match(deep.message, /Nesting is too deep/);
  assert.equal(one('deep-block.sandbox.yaml').ruleId, 'SG001');
  // the checkable files are still checked, including the one inside the oddly named folder
  assert.equal(one('z-good.sandbox.yaml').ruleId, 'SG001');
  assert.equal(one('folder.sandbox.yaml/inner.sandbox.yaml').ruleId, 'SG001');
});

test('an explicitly named file is checked whatever its name; a missing path is a usage error', () => {
  const dir = tempTree({ 'config.yaml': BROKEN_DUP, 'notes.txt': 'name: x\n' });
  const r = runCli(['check', 'config.yaml', 'notes.txt', '--format', 'json', ...STABLE], { cwd: dir });
  assert.equal(r.code, 1);
  assert.deepEqual(JSON.parse(r.stdout).map((f: { path: string; findings: unknown[] }) => [f.path, f.findings.length]), [['config.yaml', 1], ['notes.txt', 0]]);
  const missing = runCli(['check', 'nope.sandbox.yaml'], { cwd: dir });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /No such file or directory: nope\.sandbox\.yaml/);
});

test('permission errors (simulated: root reads everything) and other read errors become findings', () => {
  const err = (code: string) => Object.assign(new Error(code), { code });
  const stat = fs.statSync(process.cwd());
  const fileStat = { ...stat, isDirectory: () => false, isFile: () => true, size: 10 } as fs.Stats;
  const api = (e: Error): FsApi => ({ statSync: () => fileStat, readFileSync: () => { throw e; } });
  const denied = readTextFile('/x.sandbox.yaml', api(err('EACCES')));
  assert.equal(denied.ok, false);
  assert.match((denied as { message: string }).message, /permission denied/);
  const io = readTextFile('/x.sandbox.yaml', api(err('EIO')));
  assert.match((io as { message: string }).message, /cannot be read \(EIO\)/);
});

test('a UTF-8 byte order mark is accepted and kept', () => {
  const r = readTextFile(tempTree({ 'a.sandbox.yaml': '\ufeffname: x\n' }) + '/a.sandbox.yaml');
  assert.deepEqual(r, { ok: true, text: 'name: x\n', bom: true });
});

test('firstInvalidUtf8 finds overlongs, surrogates and truncated sequences', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('héllo')), 6);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80])), 1); // overlong
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80])), 1); // surrogate
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82])), 2); // truncated
  assert.equal(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), 0); // > U+10FFFF
});

test('an engine crash on one file becomes an SG000 finding marked as an internal error (exit 2), not a crash', async () => {
  const { runEngine } = await import('../../server/src/cli/checkFile.js');
  const { emptyPolicy } = await import('../../server/src/core/policy.js');
  const { FsWorkspace } = await import('../../server/src/cli/fsWorkspace.js');
  const broken = { ...emptyPolicy(), rules: null as unknown as Record<string, 'off'> };
  const policyFor = Object.assign(() => broken, { problems: new Map() });
  const env = { cwd: '/', policyFor, overrides: {}, reportSuppressions: false, workspace: new FsWorkspace(['/tmp'], policyFor) };
  const r = runEngine('name: x\n', '/tmp/x.sandbox.yaml', 'task', env);
  assert.equal(r.internalError, true);
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.severity]), [['SG000', 'error']]);
  assert.match(r.findings[0].message, /^Internal error while checking this file: /);
});
