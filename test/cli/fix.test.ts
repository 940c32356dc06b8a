// --fix applies safe fixes only, re-checks after each pass until stable (max 10), and is idempotent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { onlyRules, ROOT, runCli, tempTree } from './helpers.js';
import { fixText, MAX_PASSES, describeApplied } from '../../server/src/cli/fix.js';
import type { Finding, Fix } from '../../server/src/core/types.js';

const STABLE = onlyRules(['SG000', 'SG001', 'SG900', 'SG901']);

function finding(ruleName: string, fixes: Fix[]): Finding {
  const z = { line: 0, character: 0 };
  return { ruleId: 'SGX', ruleName, severity: 'error', message: 'm', span: { start: 0, end: 0 }, range: { start: z, end: z }, docsUrl: '', fixes };
}

test('fixText: one pass per layer of fixes, until nothing is left to fix', () => {
  // each "a" is fixed to "b", one per pass when the fixes overlap
  const check = (text: string) => {
    const i = text.indexOf('a');
    return i < 0 ? [] : [finding('a-to-b', [{ title: 'b', edits: [{ start: i, end: i + 1, newText: 'b' }], safe: true }])];
  };
  const out = fixText('xaaa', check);
  assert.deepEqual([out.text, out.passes, out.stable, describeApplied(out.applied)], ['xbbb', 3, true, 'a-to-b ×3']);
});

test('fixText: overlapping fixes wait for the next pass; unsafe fixes are never applied; the preferred safe fix wins', () => {
  const check = (text: string) => {
    const out: Finding[] = [];
    if (text.startsWith('ab')) out.push(finding('first', [{ title: 'x', edits: [{ start: 0, end: 2, newText: 'X' }], safe: true }]));
    if (text.startsWith('ab')) out.push(finding('overlap', [{ title: 'y', edits: [{ start: 1, end: 2, newText: 'Y' }], safe: true }]));
    if (text.endsWith('z')) {
      out.push(finding('choice', [
        { title: 'unsafe', edits: [{ start: text.length - 1, end: text.length, newText: 'U' }], preferred: true },
        { title: 'safe', edits: [{ start: text.length - 1, end: text.length, newText: 's' }], safe: true },
        { title: 'safe-preferred', edits: [{ start: text.length - 1, end: text.length, newText: 'P' }], safe: true, preferred: true },
      ]));
    }
    return out;
  };
  const out = fixText('ab-z', check);
  assert.equal(out.text, 'X-P');
  assert.deepEqual(Object.fromEntries(out.applied), { first: 1, choice: 1 });
});

test(`fixText: stops after ${MAX_PASSES} passes, or when fixes go in a circle, and says it did not settle`, () => {
  const grow = (text: string) => [finding('grow', [{ title: 'g', edits: [{ start: text.length, end: text.length, newText: 'g' }], safe: true }])];
  const g = fixText('', grow);
  assert.deepEqual([g.text.length, g.passes, g.stable], [MAX_PASSES, MAX_PASSES, false]);
  const flip = (text: string) => [finding('flip', [{ title: 'f', edits: [{ start: 0, end: 1, newText: text === 'a' ? 'b' : 'a' }], safe: true }])];
  const f = fixText('a', flip);
  assert.deepEqual([f.text, f.passes, f.stable], ['a', 2, false]);
});

test('--fix: applies the safe fixes, says what changed, re-checks, and a second run changes nothing', () => {
  const text = '# sandbox-guard-disable-next-line yaml-syntax -- x\nname: a\nversion: 1 # sandbox-guard-disable-line yaml-syntax -- y\n';
  const dir = tempTree({ 'sub/a.sandbox.yaml': text, 'b.sandbox.yaml': '\ufeff# sandbox-guard-disable-next-line yaml-syntax -- z\nname: b\n' });
  const r = runCli(['check', '--fix', ...STABLE], { cwd: dir });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.stdout, [
    'fixed 1 finding in b.sandbox.yaml (unused-suppression)',
    'fixed 2 findings in sub/a.sandbox.yaml (unused-suppression ×2)',
    '',
    '✔ No problems in 2 files',
    '',
  ].join('\n'));
  assert.equal(fs.readFileSync(path.join(dir, 'sub/a.sandbox.yaml'), 'utf8'), 'name: a\nversion: 1\n');
  // the byte order mark survives
  assert.equal(fs.readFileSync(path.join(dir, 'b.sandbox.yaml'), 'utf8'), '\ufeffname: b\n');
  const again = runCli(['check', '--fix', ...STABLE], { cwd: dir });
  assert.equal(again.stdout, '✔ No problems in 2 files\n');
});

test('--fix-dry-run prints a diff and the findings left after fixing, and writes nothing', () => {
  const text = 'name: a\n# sandbox-guard-disable-next-line yaml-syntax -- x\nversion: 1\nnetwork:\n  allowlist: []\n  allowlist: []\n';
  const dir = tempTree({ 'a.sandbox.yaml': text });
  const r = runCli(['check', '--fix-dry-run', ...STABLE], { cwd: dir });
  assert.equal(r.code, 1);
  assert.ok(r.stdout.startsWith([
    'would fix 1 finding in a.sandbox.yaml (unused-suppression)',
    '--- a.sandbox.yaml',
    '+++ a.sandbox.yaml (fixed)',
    '@@ line 1 @@',
    ' name: a',
    '-# sandbox-guard-disable-next-line yaml-syntax -- x',
    ' version: 1',
    '',
    'a.sandbox.yaml',
    '  5:3  error  Map keys must be unique.',
  ].join('\n')), r.stdout);
  assert.equal(fs.readFileSync(path.join(dir, 'a.sandbox.yaml'), 'utf8'), text);
});

test('--fix with every rule on the bad examples: nothing safely fixable is left, and a second run is a no-op', () => {
  const files: Record<string, string> = {};
  for (const f of fs.readdirSync(path.join(ROOT, 'examples', 'bad'))) files[f] = fs.readFileSync(path.join(ROOT, 'examples', 'bad', f), 'utf8');
  const dir = tempTree(files);
  const first = runCli(['check', '--fix', '--format', 'json'], { cwd: dir });
  assert.notEqual(first.code, 2, first.stderr);
  const left = JSON.parse(first.stdout) as { findings: { fixes: { safe: boolean }[] }[] }[];
  const snapshot = Object.keys(files).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const second = runCli(['check', '--fix', '--format', 'json'], { cwd: dir });
  assert.equal(second.stderr, '', 'the second --fix run fixed something');
  assert.deepEqual(Object.keys(files).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')), snapshot);
  assert.equal(second.stdout, first.stdout);
  const fixable = left.flatMap((f) => f.findings).filter((f) => f.fixes.some((x) => x.safe));
  assert.deepEqual(fixable, []);
});

test('lineDiff: removals before additions, context around each hunk, separate hunks for distant changes', async () => {
  const { lineDiff } = await import('../../server/src/cli/diff.js');
  const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
  const after = ['a', 'B', 'c', 'd', 'e', 'f', 'G', 'h'].join('\n');
  assert.equal(lineDiff(before, after), ['@@ line 1 @@', ' a', '-b', '+B', ' c', '@@ line 6 @@', ' f', '-g', '+G', ' h'].join('\n'));
  assert.equal(lineDiff('same\n', 'same\n'), '');
});

test('fixText refuses a fix that would damage a task config (comment lost, YAML broken, another value changed, an unfixable finding added), applies the harmless ones, and says why', async () => {
  const { fixText: engineFix } = await import('../../server/src/engine/fixLoop.js');
  const text = 'a: 1 # owner: ops\nb: &x 2\nc: *x\nd: 4\n';
  const at = (s: string) => text.indexOf(s);
  const fixes: Record<string, Fix> = {
    eatsComment: { title: 'eats', edits: [{ start: at('1 # owner'), end: at('\nb:'), newText: '5' }], safe: true },
    breaksYaml: { title: 'breaks', edits: [{ start: at('d: 4'), end: at('d: 4') + 2, newText: 'd: [' }], safe: true },
    changesAlias: { title: 'alias', edits: [{ start: at('2\nc'), end: at('2\nc') + 1, newText: '3' }], safe: true },
  };
  const check = (t: string): Finding[] => {
    const out: Finding[] = [];
    // each finding is reported while its text is there; every fix is refused, so the text stays
    if (t.includes('# owner')) out.push(finding('comment-rule', [fixes.eatsComment]));
    if (t.includes('d: 4')) out.push(finding('yaml-rule', [fixes.breaksYaml]));
    if (t.includes('&x 2')) out.push(finding('alias-rule', [fixes.changesAlias]));
    if (!t.includes('a: 1')) out.push({ ...finding('schema', []), ruleId: 'SG002' });
    return out;
  };
  const out = engineFix(text, check, { kind: 'task' });
  assert.equal(out.text, text);
  assert.deepEqual(out.refused.map((r) => [r.ruleName, r.reason]).sort(), [
    ['alias-rule', 'it would also change line 3 (a value it is not about, e.g. an alias of the edited value or the next key)'],
    ['comment-rule', 'it would remove the comment on line 1'],
    ['yaml-rule', 'it would break the YAML'],
  ]);
  // a harmless fix next to the refused ones is applied
  const harmless = (t: string) => [...check(t), ...(t.includes('d: 4') ? [finding('ok', [{ title: 'ok', edits: [{ start: t.indexOf('4\n'), end: t.indexOf('4\n') + 1, newText: '5' }], safe: true }])] : [])];
  const mixed = engineFix(text, harmless, { kind: 'task' });
  assert.equal(mixed.text, 'a: 1 # owner: ops\nb: &x 2\nc: *x\nd: 5\n');
  // and one that adds a finding nothing fixes
  const adds = engineFix('a: 1\n', (t) => (t === 'a: 1\n' ? [finding('drops-a', [{ title: 'x', edits: [{ start: 0, end: 5, newText: 'z: 1\n' }], safe: true }])] : [{ ...finding('schema', []), ruleId: 'SG002' }]), { kind: 'task' });
  assert.deepEqual([adds.text, adds.refused.map((r) => r.reason)], ['a: 1\n', ['it would add a schema (SG002) finding']]);
});

test('--fix leaves a fix that edits a shared anchor to you: its title says so, it is not safe, the file is unchanged', () => {
  // the credential map is anchored and aliased whole: setting its scope would change the alias's scope too. The fix
  // says so and is not safe, so --fix does not apply it (before, it was attempted and refused by the fix guard)
  const text = 'version: 1\nname: t\nnetwork:\n  allowlist: [api.sandbox.paypal.com]\n  methods: [GET]\ncredentials:\n  A: &c\n    source: vault\n    scope: pool\n    permissions: read-only\n    label: sandbox key\n    rate_limit: {requests: 60, per: minute}\n  B_SANDBOX: *c\n';
  const dir = tempTree({ 'a.sandbox.yaml': text });
  const r = runCli(['check', '--fix', '--rule', 'SG501=off', '--format', 'json'], { cwd: dir });
  assert.equal(r.code, 1);
  const found = JSON.parse(r.stdout)[0].findings as { ruleId: string; message: string; fixes: { title: string; safe?: boolean }[] }[];
  assert.deepEqual(found.map((f) => [f.ruleId, f.message.split(':')[0], f.fixes.map((x) => [x.title, x.safe ?? false])]), [
    ['SG204', 'Credential `A` has `scope', [['Set scope of A to task — at the anchor `&c` (line 7), which changes both uses of it', false]]],
    ['SG204', 'Credential `B_SANDBOX` has `scope', [['Set scope of B_SANDBOX to task — at the anchor `&c` (line 7), which changes both uses of it', false]]],
  ]);
  assert.equal(fs.readFileSync(path.join(dir, 'a.sandbox.yaml'), 'utf8'), text);
});
