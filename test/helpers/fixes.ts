// Shared assertions for rule tests: findings at exact positions, and fixes that really fix.
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { checkText, type CheckOptions } from '../../server/src/engine/check.js';
import { applyEdits } from '../../server/src/core/applyEdits.js';
import type { Finding } from '../../server/src/core/types.js';

/** [ruleId, line (1-based), column (1-based), endLine, endColumn] of each finding, sorted. */
export function positions(findings: Finding[], ruleId?: string): [string, number, number, number, number][] {
  return findings
    .filter((f) => !ruleId || f.ruleId === ruleId)
    .map((f) => [f.ruleId, f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1]);
}

const key = (f: Finding) => `${f.ruleId}|${f.message}`;

/**
 * For every fix of every finding of `ruleId`: apply it, check again, and assert the finding is gone,
 * no finding appears that was not there before, and the YAML still parses. Returns the fixed texts.
 */
export function assertFixesWork(text: string, ruleId: string, options: CheckOptions = { path: 'task.sandbox.yaml' }): string[] {
  const before = checkText(text, options).findings;
  const targets = before.filter((f) => f.ruleId === ruleId);
  assert.ok(targets.length > 0, `expected ${ruleId} findings to fix`);
  const out: string[] = [];
  for (const f of targets) {
    assert.ok(f.fixes.length > 0, `${ruleId} finding "${f.message}" has no fix`);
    for (const fix of f.fixes) {
      if (!fix.edits.length) continue;
      const fixed = applyEdits(text, fix.edits);
      out.push(fixed);
      if (options.kind !== 'agents' && !(options.path ?? '').endsWith('.md')) {
        for (const d of parseAllDocuments(fixed)) assert.equal(d.errors.length, 0, `fix "${fix.title}" broke the YAML:\n${fixed}`);
      }
      const after = checkText(fixed, options).findings;
      const stillThere = after.filter((a) => a.ruleId === ruleId && a.range.start.line === f.range.start.line && a.message === f.message);
      assert.equal(stillThere.length, 0, `fix "${fix.title}" did not remove "${f.message}":\n${fixed}`);
      const beforeKeys = new Set(before.map(key));
      const fresh = after.filter((a) => !beforeKeys.has(key(a)));
      assert.deepEqual(fresh.map(key), [], `fix "${fix.title}" introduced new findings:\n${fixed}`);
    }
  }
  return out;
}
