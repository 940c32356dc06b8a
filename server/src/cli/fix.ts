// `--fix`: applies safe fixes, re-checks, and repeats until nothing changes (at most MAX_PASSES),
// because one fix can reveal or unblock another (e.g. a host swap, then the duplicate it creates).
import { applyEdits } from '../core/applyEdits.js';
import type { FileEdit, Finding, Fix, TextEdit } from '../core/types.js';

export const MAX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** passes that applied at least one fix */
  passes: number;
  /** rule name -> fixes applied */
  applied: Map<string, number>;
  /** edits to other files from safe cross-file fixes, in order */
  fileEdits: FileEdit[];
  /** false when MAX_PASSES ran out or the fixes went in a circle */
  stable: boolean;
}

/** The fix `--fix` applies for a finding: a safe one, the preferred safe one when there are several. */
export function safeFixOf(f: Finding): Fix | undefined {
  const safe = f.fixes.filter((x) => x.safe && (x.edits.length || x.fileEdits?.length));
  return safe.find((x) => x.preferred) ?? safe[0];
}

const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end || (a.start === a.end && a.start === b.start) || (b.start === b.end && b.start === a.start);

/**
 * Fixes `text` with `check` (which must re-run the full check on the given text).
 * Each pass takes every finding's safe fix whose edits do not overlap an earlier one's; the rest wait a pass.
 */
export function fixText(text: string, check: (text: string) => Finding[], onFileEdits?: (edits: FileEdit[]) => void): FixOutcome {
  const applied = new Map<string, number>();
  const fileEdits: FileEdit[] = [];
  const seen = new Set<string>([text]);
  const seenFileEdits = new Set<string>();
  let passes = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const taken: TextEdit[] = [];
    const passFileEdits: FileEdit[] = [];
    const rules: string[] = [];
    for (const f of check(text)) {
      const fix = safeFixOf(f);
      if (!fix || fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
      taken.push(...fix.edits);
      for (const fe of fix.fileEdits ?? []) {
        // a cross-file edit is applied once, even if its finding shows up again
        const key = JSON.stringify(fe);
        if (!seenFileEdits.has(key)) passFileEdits.push(fe);
        seenFileEdits.add(key);
      }
      rules.push(f.ruleName);
    }
    if (!rules.length) return { text, passes, applied, fileEdits, stable: true };
    const next = applyEdits(text, taken);
    if (passFileEdits.length) {
      fileEdits.push(...passFileEdits);
      onFileEdits?.(passFileEdits);
    }
    if (next === text && !passFileEdits.length) return { text, passes, applied, fileEdits, stable: true };
    for (const r of rules) applied.set(r, (applied.get(r) ?? 0) + 1);
    passes++;
    if (seen.has(next)) return { text: next, passes, applied, fileEdits, stable: false };
    seen.add(next);
    text = next;
  }
  // one more look: stable only if nothing is left to fix
  const left = check(text).some((f) => safeFixOf(f));
  return { text, passes, applied, fileEdits, stable: !left };
}

/** "production-host ×2, scope-not-task" */
export function describeApplied(applied: Map<string, number>): string {
  return [...applied].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
}

export function countApplied(applied: Map<string, number>): number {
  let n = 0;
  for (const v of applied.values()) n += v;
  return n;
}
