// The committed rule docs match the rule metadata (re-generated in memory), every finding's docs URL
// has a page, and docs/cli.md documents what --help says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { README_PATH, renderDocs, renderReadme, rulePage, RULES_DIR } from '../../scripts/gen-docs.js';
import { allRuleMetas } from '../../server/src/rules/meta/index.js';
import { docsUrl, REPOSITORY_URL } from '../../server/src/core/docs.js';
import { ROOT, runCli } from './helpers.js';
import { USAGE } from '../../server/src/cli/help.js';

test('docs/rules is up to date with the rule metadata (run `npm run docs` when this fails)', () => {
  const pages = renderDocs();
  const stale: string[] = [];
  for (const [file, text] of pages) {
    const p = path.join(RULES_DIR, file);
    if (!fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text) stale.push(file);
  }
  assert.deepEqual(stale, [], `out of date: ${stale.join(', ')} — run \`npm run docs\``);
});

test("every rule's docs URL points at an existing page in this repository", () => {
  for (const r of allRuleMetas()) {
    const url = docsUrl(r.name);
    assert.ok(url.startsWith(`${REPOSITORY_URL}/blob/main/`), url);
    const local = path.join(ROOT, url.slice(`${REPOSITORY_URL}/blob/main/`.length));
    assert.ok(fs.existsSync(local), `${r.id} ${r.name}: ${local} is missing`);
  }
});

test('a rule page has the title, severity, why, fix, examples and the prose fragment', () => {
  const meta = allRuleMetas().find((r) => r.id === 'SG000')!;
  const page = rulePage(meta, 'Extra prose.\n');
  for (const part of ['# SG000 unreadable-file', '**Default severity:** error', '## Why', meta.docs.why, '## How to fix', meta.docs.fix, 'Extra prose.', '## Examples', 'Bad:', '```yaml', 'Good:']) {
    assert.ok(page.includes(part), part);
  }
  assert.ok(page.indexOf('Extra prose.') < page.indexOf('## Examples'));
});

test('the project README rule table is up to date (run `npm run docs` when this fails)', () => {
  const readme = fs.readFileSync(README_PATH, 'utf8');
  assert.equal(readme, renderReadme(readme));
  for (const r of allRuleMetas()) assert.ok(readme.includes(`| ${r.id} | [${r.name}](docs/rules/${r.name}.md) | ${r.severity} |`), r.id);
});

test('the rules table lists every rule with a link to its page', () => {
  const readme = renderDocs().get('README.md')!;
  for (const r of allRuleMetas()) assert.ok(readme.includes(`| ${r.id} | [${r.name}](${r.name}.md) | ${r.severity} |`), r.id);
});

test('`sandbox-guard rules` lists every rule with severity, summary and docs URL (text and json)', () => {
  const json = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { id: string; name: string; severity: string; summary: string; docsUrl: string }[];
  assert.deepEqual(json.map((r) => r.id), allRuleMetas().map((r) => r.id).sort());
  for (const r of json) assert.equal(r.docsUrl, docsUrl(r.name));
  const text = runCli(['rules']).stdout;
  assert.match(text, /^SG000 {2}unreadable-file +error +A file that should be checked.*\n {7}https:\/\/github.com\/sandbox-guard\/sandbox-guard\/blob\/main\/docs\/rules\/unreadable-file.md$/m);
  assert.match(text, new RegExp(`${allRuleMetas().length} rules\\.`));
});

test('docs/cli.md documents every option of --help and the CI recipes', () => {
  const md = fs.readFileSync(path.join(ROOT, 'docs', 'cli.md'), 'utf8');
  const flags = [...USAGE.matchAll(/--[a-z][a-z-]+/g)].map((m) => m[0]);
  for (const f of new Set(flags)) assert.ok(md.includes(f), `docs/cli.md does not mention ${f}`);
  for (const s of ['upload-sarif', 'npx sandbox-guard check --format sarif --output results.sarif', '.gitlab-ci.yml', '.pre-commit-config.yaml']) assert.ok(md.includes(s), s);
});

test('`sandbox-guard rules` says which files each rule checks (`kind` and `alsoKinds`)', () => {
  const json = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { id: string; kind: string; alsoKinds?: string[] }[];
  assert.deepEqual(json.find((r) => r.id === 'SG101'), { ...json.find((r) => r.id === 'SG101'), kind: 'task', alsoKinds: ['claude', 'srt', 'copilot', 'codex'] });
  assert.equal(json.find((r) => r.id === 'SG601')?.alsoKinds, undefined);
  assert.match(runCli(['rules']).stdout, /^SG101 {2}production-host .*\n.*production-host\.md\n {7}checks: task, claude, srt, copilot, codex$/m);
});
