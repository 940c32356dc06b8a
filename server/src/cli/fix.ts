// `--fix` output: what the fix loop (engine/fixLoop.ts, shared with the editor's fix-all) applied, as text.
export { fixText, MAX_PASSES, safeFixOf, type FixOutcome, type RefusedFix } from '../engine/fixLoop.js';

/** "production-host ×2, scope-not-task" */
export function describeApplied(applied: Map<string, number>): string {
  return [...applied].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
}

export function countApplied(applied: Map<string, number>): number {
  let n = 0;
  for (const v of applied.values()) n += v;
  return n;
}
