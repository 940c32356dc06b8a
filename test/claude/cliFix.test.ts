// `sandbox-guard check --fix` on the Claude Code and srt examples: only safe fixes, comments and layout kept,
// valid JSON after, a second run changes nothing; SARIF names the rules with their kinds' files.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { parseTree, type ParseError } from 'jsonc-parser';
import { ROOT, runCli, tempTree } from '../cli/helpers.js';

const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

test('--fix swaps the production hosts for their staging hosts and leaves the rest for a human', () => {
  const settings = read('examples/claude/.claude/settings.json');
  const srt = read('examples/claude/.srt-settings.json');
  const dir = tempTree({ '.claude/settings.json': settings, '.srt-settings.json': srt });
  const r = runCli(['check', '--fix'], { cwd: dir });
  assert.equal(r.code, 1, 'unfixable errors remain');
  const fixed = fs.readFileSync(path.join(dir, '.claude', 'settings.json'), 'utf8');
  assert.equal(fixed, settings.replace('"api-m.paypal.com", // checkout', '"api-m.sandbox.paypal.com", // checkout'));
  // the srt file allowed api.sandbox.paypal.com already: the production entry goes, with its comma
  assert.equal(fs.readFileSync(path.join(dir, '.srt-settings.json'), 'utf8'), srt.replace(', "api.paypal.com:443"', ''));
  for (const t of [fixed]) {
    const errors: ParseError[] = [];
    parseTree(t, errors, { allowTrailingComma: true });
    assert.deepEqual(errors, []);
  }
  const again = runCli(['check', '--fix'], { cwd: dir });
  assert.equal(fs.readFileSync(path.join(dir, '.claude', 'settings.json'), 'utf8'), fixed);
  assert.doesNotMatch(again.stdout, /fixable with the `--fix` option/);
});

test('SARIF of a Claude Code settings file: results on the right lines, rules with help URIs', () => {
  const dir = tempTree({ '.claude/settings.json': read('examples/claude/.claude/settings.json') });
  const sarif = JSON.parse(runCli(['check', '--format', 'sarif'], { cwd: dir }).stdout);
  const run = sarif.runs[0];
  const sg101 = run.results.find((x: { ruleId: string }) => x.ruleId === 'SG101');
  assert.equal(sg101.locations[0].physicalLocation.artifactLocation.uri, '.claude/settings.json');
  assert.equal(sg101.locations[0].physicalLocation.region.startLine, 23);
  assert.ok(run.tool.driver.rules.some((x: { id: string; helpUri: string }) => x.id === 'SG607' && x.helpUri.endsWith('/docs/rules/claude-webfetch-any-domain.md')));
});
