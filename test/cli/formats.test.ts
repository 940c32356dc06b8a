// Golden tests for the three output formats, on fixtures whose findings come from rules that do not
// change when other rules land (every other rule is turned off with --rule).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { golden, normalize, onlyRules, runCli } from './helpers.js';
import { VERSION } from '../../server/src/cli/main.js';

const STABLE = onlyRules(['SG000', 'SG001', 'SG900', 'SG901']);
const DIR = 'test/cli/fixtures/golden';

const sarifNormalized = (text: string) => {
  const log = JSON.parse(normalize(text));
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.version, VERSION);
  driver.version = driver.semanticVersion = '<VERSION>';
  // the full rule list grows as rules land: keep only the referenced rules' identity, and check
  // every ruleIndex against the full list before dropping it
  const used = new Set<string>();
  for (const res of log.runs[0].results) {
    assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
    used.add(res.ruleId);
    delete res.ruleIndex;
  }
  driver.rules = driver.rules
    .filter((r: { id: string }) => used.has(r.id))
    .map((r: { id: string; name: string; helpUri: string; defaultConfiguration: unknown }) => ({ id: r.id, name: r.name, helpUri: r.helpUri, defaultConfiguration: r.defaultConfiguration }));
  return JSON.stringify(log, null, 2) + '\n';
};

test('stylish output (golden)', () => {
  const r = runCli(['check', DIR, ...STABLE]);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, '');
  const g = golden('stylish.txt', r.stdout);
  assert.equal(g.actual, g.expected);
});

test('stylish output with --report-suppressions (golden)', () => {
  const r = runCli(['check', DIR, '--report-suppressions', ...STABLE]);
  const g = golden('stylish-suppressions.txt', r.stdout);
  assert.equal(g.actual, g.expected);
});

test('json output (golden) has the documented shape', () => {
  const r = runCli(['check', DIR, '--format', 'json', '--report-suppressions', ...STABLE]);
  assert.equal(r.code, 1);
  const g = golden('report.json', r.stdout);
  assert.equal(g.actual, g.expected);
  const data = JSON.parse(r.stdout);
  assert.deepEqual(data.map((f: { path: string }) => f.path), [
    `${DIR}/a.sandbox.yaml`, `${DIR}/clean.sandbox.yaml`, `${DIR}/empty.sandbox.yaml`, `${DIR}/latin1.sandbox.yaml`, `${DIR}/nested/sandbox.yml`,
  ]);
  const dup = data[0].findings[0];
  assert.deepEqual(Object.keys(dup), ['ruleId', 'ruleName', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'docsUrl', 'fixes']);
  // 1-based: the duplicate `allowlist` key on line 6, columns 3-12
  assert.deepEqual([dup.ruleId, dup.line, dup.column, dup.endLine, dup.endColumn], ['SG001', 6, 3, 6, 12]);
  assert.equal(data[0].suppressed[0].suppression.reason, 'duplicated on purpose for the golden test');
  const unused = data[0].findings[1];
  assert.deepEqual(unused.fixes, [{ title: 'Remove the unused suppression', safe: true, preferred: true }]);
});

test('sarif output (golden)', () => {
  const r = runCli(['check', DIR, '--format', 'sarif', '--report-suppressions', ...STABLE]);
  assert.equal(r.code, 1);
  const g = golden('report.sarif.json', sarifNormalized(r.stdout));
  assert.equal(g.actual, g.expected);
});

test('--output writes the report to a file and nothing to stdout', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-out-')), 'r.json');
  const r = runCli(['check', DIR, '--format', 'json', '--output', out, ...STABLE]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).length, 5);
});

test('--quiet reports errors only; the summary counts only what is shown', () => {
  const r = runCli(['check', DIR, '--quiet', ...STABLE]);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.stdout, /\d+:\d+ +(warning|info) /);
  assert.match(r.stdout, /6:3  error/);
  assert.match(r.stdout, /✖ 2 problems \(2 errors, 0 warnings, 0 infos\)/);
});

test('colors: only on a TTY, never with NO_COLOR or --no-color; --color forces them', () => {
  const esc = /\u001b\[/;
  assert.doesNotMatch(runCli(['check', DIR, ...STABLE]).stdout, esc);
  assert.match(runCli(['check', DIR, ...STABLE], { isTTY: true }).stdout, esc);
  assert.doesNotMatch(runCli(['check', DIR, ...STABLE], { isTTY: true, env: { NO_COLOR: '1' } }).stdout, esc);
  assert.doesNotMatch(runCli(['check', DIR, '--no-color', ...STABLE], { isTTY: true }).stdout, esc);
  assert.match(runCli(['check', DIR, '--color', ...STABLE]).stdout, esc);
});
