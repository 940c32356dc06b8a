// package.json `contributes` and `activationEvents` must agree with the one table of file patterns
// (common/filePatterns.ts) that CLI discovery, the server's watchers and the client's selector use.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import test from 'node:test';
import { ALL_WORKSPACE_GLOBS, FILE_KINDS, FILE_PATTERNS, kindOfFileName, nameGlobs, TASK_LANGUAGE_ID, workspaceGlob } from '../../common/filePatterns.js';
import { fileKindOf } from '../../server/src/core/fileKind.js';

const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** `**\/*.sandbox.{yaml,yml}` -> `*.sandbox.yaml`, `*.sandbox.yml` (one brace group is all package.json uses). */
function expand(glob: string): string[] {
  const g = glob.replace(/^\*\*\//, '');
  const m = g.match(/^(.*)\{([^}]*)\}(.*)$/);
  return m ? m[2].split(',').map((x) => m[1] + x + m[3]) : [g];
}
const sorted = (xs: string[]) => [...xs].sort();

test('activationEvents workspaceContains lists exactly the table\'s file names', () => {
  const globs = (pkg.activationEvents as string[]).filter((e) => e.startsWith('workspaceContains:')).flatMap((e) => expand(e.slice('workspaceContains:'.length)));
  assert.deepEqual(sorted(globs), sorted(FILE_KINDS.flatMap(nameGlobs)));
  assert.ok(pkg.activationEvents.includes(`onLanguage:${TASK_LANGUAGE_ID}`));
});

test('the task-config language contributes the table\'s suffixes and names', () => {
  const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === TASK_LANGUAGE_ID);
  assert.ok(lang, `no language ${TASK_LANGUAGE_ID}`);
  assert.deepEqual(sorted(lang.extensions), sorted(FILE_PATTERNS.task.suffixes));
  assert.deepEqual(sorted(lang.filenames), sorted(FILE_PATTERNS.task.names));
});

test('yamlValidation fileMatch of each schema is its kind\'s file names', () => {
  const byUrl = (part: string) => pkg.contributes.yamlValidation.find((v: { url: string }) => v.url.includes(part)).fileMatch as string[];
  assert.deepEqual(sorted(byUrl('sandbox-task')), sorted(nameGlobs('task')));
  assert.deepEqual(sorted(byUrl('sandbox-guard-policy')), sorted(nameGlobs('policy')));
});

test('watch globs cover every kind; a name matches the kind the engine gives it', () => {
  assert.deepEqual(ALL_WORKSPACE_GLOBS, FILE_KINDS.map(workspaceGlob));
  assert.equal(workspaceGlob('task'), '**/{*.sandbox.yaml,*.sandbox.yml,sandbox.yaml,sandbox.yml}');
  const cases: Record<string, string | undefined> = {
    'a.sandbox.yaml': 'task', 'sandbox.yml': 'task', 'AGENTS.md': 'agents', '.sandbox-guard.yml': 'policy',
    'AGENTS.override.md': 'agents', 'CLAUDE.md': 'agents', 'claude.md': undefined, 'copilot-instructions.md': undefined,
    'agents.md': undefined, 'sandbox.yaml.bak': undefined, 'x.yaml': undefined, '.sandbox-guard.json': undefined,
  };
  for (const [name, kind] of Object.entries(cases)) {
    assert.equal(kindOfFileName(name), kind, name);
    assert.equal(fileKindOf(`/w/dir/${name}`), kind, name);
  }
});

test('instruction files in a folder: .github/copilot-instructions.md and .claude/CLAUDE.md are instruction files, a stray copy is not', () => {
  assert.equal(fileKindOf('/w/.github/copilot-instructions.md'), 'agents');
  assert.equal(fileKindOf('C:\\w\\.github\\copilot-instructions.md'), 'agents');
  assert.equal(fileKindOf('/w/.claude/CLAUDE.md'), 'agents');
  assert.equal(fileKindOf('/w/docs/copilot-instructions.md'), undefined);
  assert.ok(workspaceGlob('agents').includes('.github/copilot-instructions.md'));
});

test('agent settings: Claude Code by folder and name, sandbox-runtime by name; a bare settings.json is none of ours', () => {
  const cases: Record<string, string | undefined> = {
    '/w/.claude/settings.json': 'claude', '/w/.claude/settings.local.json': 'claude', 'C:\\w\\.claude\\settings.json': 'claude',
    '/etc/claude-code/managed-settings.json': 'claude', '/w/.srt-settings.json': 'srt',
    '/w/settings.json': undefined, '/w/.vscode/settings.json': undefined, '/w/claude/settings.json': undefined, '/w/.claude/settings.json.bak': undefined,
  };
  for (const [p, kind] of Object.entries(cases)) assert.equal(fileKindOf(p), kind, p);
  assert.equal(workspaceGlob('claude'), '**/{managed-settings.json,.claude/settings.json,.claude/settings.local.json}');
});

test('Codex: the project config and the requirements by folder; a bare config.toml or requirements.toml is none of ours', () => {
  const cases: Record<string, string | undefined> = {
    '/w/.codex/config.toml': 'codex', 'C:\\w\\.codex\\config.toml': 'codex', '/w/.codex/requirements.toml': 'codex',
    '/etc/codex/requirements.toml': 'codex', '/w/config.toml': undefined, '/w/requirements.toml': undefined,
    '/w/codex/config.toml': undefined, '/w/.codex/config.toml.bak': undefined, '/w/.cargo/config.toml': undefined,
  };
  for (const [p, kind] of Object.entries(cases)) assert.equal(fileKindOf(p), kind, p);
  assert.equal(workspaceGlob('codex'), '**/{.codex/config.toml,.codex/requirements.toml,codex/requirements.toml}');
});
