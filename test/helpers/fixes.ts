// Shared assertions for rule tests: findings at exact positions, and fixes that really fix.
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { parseTree, type ParseError } from 'jsonc-parser';
import { checkText, type CheckOptions } from '../../server/src/engine/check.js';
import { applyEdits } from '../../server/src/core/applyEdits.js';
import type { Finding, Fix } from '../../server/src/core/types.js';
import { memoryWorkspace } from './workspace.js';
import { parseToml } from '../../server/src/models/codex/toml.js';

/** [ruleId, line (1-based), column (1-based), endLine, endColumn] of each finding, sorted. */
export function positions(findings: Finding[], ruleId?: string): [string, number, number, number, number][] {
  return findings
    .filter((f) => !ruleId || f.ruleId === ruleId)
    .map((f) => [f.ruleId, f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1]);
}

const key = (f: Finding) => `${f.ruleId}|${f.message}`;
const isMarkdown = (path: string | undefined, options: CheckOptions) => options.kind === 'agents' || (path ?? '').endsWith('.md');

const isJson = (path: string | undefined, options: CheckOptions) => options.kind === 'claude' || options.kind === 'srt' || (path ?? '').endsWith('.json');
const isToml = (path: string | undefined, options: CheckOptions) => options.kind === 'codex' || (path ?? '').endsWith('.toml');
const syntaxOf = (path: string | undefined, options: CheckOptions) => (isJson(path, options) ? 'json' : isToml(path, options) ? 'toml' : 'yaml');

function assertParses(text: string, what: string, syntax: 'yaml' | 'json' | 'toml' = 'yaml'): void {
  if (syntax === 'toml') {
    assert.equal(parseToml(text).problem, undefined, `${what} broke the TOML:\n${text}`);
    return;
  }
  if (syntax === 'json') {
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: true });
    assert.deepEqual(errors, [], `${what} broke the JSON:\n${text}`);
    return;
  }
  for (const d of parseAllDocuments(text)) assert.equal(d.errors.length, 0, `${what} broke the YAML:\n${text}`);
}

/**
 * Applies one fix of finding `f` of `text` (and its edits to other files of `files`, the in-memory workspace),
 * checks again, and asserts the finding is gone, no finding appears that was not there before, and every
 * edited YAML file still parses. Returns the fixed text.
 */
export function assertFixWorks(text: string, f: Finding, fix: Fix, options: CheckOptions, files?: Record<string, string>): string {
  const before = checkText(text, options).findings;
  const fixed = applyEdits(text, fix.edits);
  let after = options;
  if (fix.fileEdits?.length) {
    const ws = { ...files };
    for (const fe of fix.fileEdits) {
      assert.ok(ws[fe.path] !== undefined || fe.create, `fix "${fix.title}" edits ${fe.path}, which does not exist`);
      ws[fe.path] = applyEdits(ws[fe.path] ?? '', fe.edits);
      if (!isMarkdown(fe.path, {})) assertParses(ws[fe.path], `fix "${fix.title}" in ${fe.path}`, syntaxOf(fe.path, {}));
    }
    after = { ...options, workspace: memoryWorkspace({ ...ws, [options.path!]: fixed }) };
  }
  if (!isMarkdown(options.path, options)) assertParses(fixed, `fix "${fix.title}"`, syntaxOf(options.path, options));
  const rechecked = checkText(fixed, after).findings;
  const stillThere = rechecked.filter((a) => a.ruleId === f.ruleId && a.range.start.line === f.range.start.line && a.message === f.message);
  assert.equal(stillThere.length, 0, `fix "${fix.title}" did not remove "${f.message}":\n${fixed}`);
  const beforeKeys = new Set(before.map(key));
  const fresh = rechecked.filter((a) => !beforeKeys.has(key(a)));
  // a declaration-only fix leaves exactly the finding it says it leaves (same rule, same line), nothing else
  const left = fix.leaves === undefined ? [] : [`${f.ruleId}|${fix.leaves}`];
  assert.deepEqual(fresh.map(key), left, `fix "${fix.title}" introduced new findings:\n${fixed}`);
  for (const a of fresh) assert.equal(a.range.start.line, f.range.start.line, `fix "${fix.title}" left its follow-up on another line`);
  return fixed;
}

/**
 * For every fix of every finding of `ruleId`: apply it, check again, and assert the finding is gone,
 * no finding appears that was not there before, and the YAML still parses. Returns the fixed texts.
 */
export function assertFixesWork(text: string, ruleId: string, options: CheckOptions = { path: 'task.sandbox.yaml' }): string[] {
  const targets = checkText(text, options).findings.filter((f) => f.ruleId === ruleId);
  assert.ok(targets.length > 0, `expected ${ruleId} findings to fix`);
  const out: string[] = [];
  for (const f of targets) {
    assert.ok(f.fixes.length > 0, `${ruleId} finding "${f.message}" has no fix`);
    for (const fix of f.fixes) if (fix.edits.length) out.push(assertFixWorks(text, f, fix, options));
  }
  return out;
}
