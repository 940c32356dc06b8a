// Exit codes: 0 clean, 1 findings at error severity (or too many warnings), 2 usage or internal errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onlyRules, runCli, tempTree } from './helpers.js';
import { VERSION } from '../../server/src/cli/main.js';
import { USAGE } from '../../server/src/cli/help.js';

const STABLE = onlyRules(['SG000', 'SG001', 'SG900', 'SG901']);
const dir = tempTree({
  'clean/a.sandbox.yaml': 'name: clean\n',
  'error/a.sandbox.yaml': 'network:\n  allowlist: []\n  allowlist: []\n',
  // two unused suppressions: two warnings, no error
  'warn/a.sandbox.yaml': '# sandbox-guard-disable-next-line yaml-syntax -- x\nname: a\n# sandbox-guard-disable-next-line yaml-syntax -- y\nversion: 1\n',
});
const check = (...args: string[]) => runCli(['check', ...args, ...STABLE], { cwd: dir });

test('0 when clean, 1 on an error, 0 on warnings only', () => {
  assert.equal(check('clean').code, 0);
  assert.match(check('clean').stdout, /✔ No problems in 1 file/);
  assert.equal(check('error').code, 1);
  assert.equal(check('warn').code, 0);
  assert.equal(check('.').code, 1);
});

test('--max-warnings: 1 when exceeded, 0 at the limit', () => {
  assert.equal(check('warn', '--max-warnings', '1').code, 1);
  assert.match(check('warn', '--max-warnings', '1').stderr, /2 warnings exceed --max-warnings 1/);
  assert.equal(check('warn', '--max-warnings=2').code, 0);
});

test('--exit-zero: 0 even with errors', () => {
  assert.equal(check('.', '--exit-zero').code, 0);
});

test('--rule changes the outcome: by name or ID, to warning or off', () => {
  assert.equal(check('error', '--rule', 'yaml-syntax=warning').code, 0);
  assert.match(check('error', '--rule', 'SG001=warning').stdout, /3:3 {2}warning/);
  assert.match(check('error', '--rule=sg001=off').stdout, /No problems/);
});

test('2 on usage errors, with a clear message', () => {
  const cases: [string[], RegExp][] = [
    [['check', '--frobnicate'], /Unknown option --frobnicate/],
    [['check', '--format', 'xml'], /Unknown format "xml"/],
    [['check', '--rule', 'no-such-rule=error'], /Unknown rule "no-such-rule"/],
    [['check', '--rule', 'yaml-syntax=loud'], /--rule needs <id\|name>=<off\|info\|warning\|error>/],
    [['check', '--max-warnings', 'many'], /--max-warnings needs a whole number/],
    [['check', '--fix', '--fix-dry-run'], /either --fix or --fix-dry-run/],
    [['check', '--format'], /--format needs a value/],
    [['checklist'], /checklist needs exactly one config file/],
    [['lint'], /Unknown command "lint"/],
    [['rules', '--format', 'sarif'], /`rules` supports --format stylish or json/],
    [['check', 'does-not-exist'], /No such file or directory: does-not-exist/],
  ];
  for (const [argv, re] of cases) {
    const r = runCli(argv, { cwd: dir });
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, re, argv.join(' '));
    assert.match(r.stderr, /sandbox-guard --help/);
    // the hint is given once, not twice
    assert.equal(r.stderr.split('sandbox-guard --help').length, 2, r.stderr);
  }
});

test('2 when the report cannot be written', () => {
  const r = check('clean', '--output', '.');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cannot write \./);
});

test('--version and --help', () => {
  assert.deepEqual(runCli(['--version']), { code: 0, stdout: `${VERSION}\n`, stderr: '' });
  const help = runCli(['--help']);
  assert.equal(help.code, 0);
  assert.equal(help.stdout, USAGE);
  for (const flag of ['--format', '--output', '--fix', '--fix-dry-run', '--quiet', '--rule', '--max-warnings', '--report-suppressions', '--exit-zero', '--no-color']) {
    assert.ok(USAGE.includes(flag), flag);
  }
  assert.equal(runCli([]).stdout, USAGE);
  assert.equal(runCli(['check', '--help']).stdout, USAGE);
});

test('a folder with nothing to check exits 0 but says so on stderr (a mistyped path in CI stays visible)', () => {
  const dir = tempTree({ 'README.md': '# nothing here\n' });
  const r = runCli(['check', dir]);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /no task configs, agent instruction files or policy files found in /);
});
