// Unattended fixing (`sandbox-guard check --fix` and the editor's source.fixAll.sandboxGuard use this one
// loop): apply safe fixes, re-check, and repeat until nothing changes (at most MAX_PASSES), because one fix
// can reveal or unblock another (e.g. a host swap, then the duplicate it creates). Every pass is checked by
// fixDamage; a damaging pass is redone one fix at a time, and a fix that damages on its own is refused.
import { applyEdits } from '../core/applyEdits.js';
import { fixDamage, type AppliedFix } from './fixGuard.js';
import { LineIndex } from '../core/lineIndex.js';
import type { FileEdit, FileKind, Finding, Fix, TextEdit } from '../core/types.js';

export const MAX_PASSES = 10;
/** fixes tried one at a time after a damaging pass, at most (each costs a check) */
const MAX_SINGLE_STEPS = 200;

export interface RefusedFix {
  ruleName: string;
  ruleId: string;
  /** 1-based line of the finding */
  line: number;
  reason: string;
}

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
  /** safe fixes not applied because they would have damaged the file */
  refused: RefusedFix[];
}

export interface FixOptions {
  /** the file's kind: task configs and policy files (YAML) get the structural checks; none for plain text */
  kind?: FileKind;
  /** apply fixes with edits to other files (the CLI); the editor's fix-all edits one document only */
  crossFile?: boolean;
  onFileEdits?: (edits: FileEdit[]) => void;
}

/** The fix unattended fixing applies for a finding: a safe one, the preferred safe one when there are several. */
export function safeFixOf(f: Finding, crossFile = true): Fix | undefined {
  const safe = f.fixes.filter((x) => x.safe && (x.edits.length || (crossFile && x.fileEdits?.length)) && (crossFile || !x.fileEdits?.length));
  return safe.find((x) => x.preferred) ?? safe[0];
}

const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end || (a.start === a.end && a.start === b.start) || (b.start === b.end && b.start === a.start);

const fixKey = (f: Finding, fix: Fix) => `${f.ruleId}|${f.message}|${fix.title}`;

/**
 * Fixes `text` with `check` (which must re-run the full check on the given text).
 * Each pass takes every finding's safe fix whose edits do not overlap an earlier one's; the rest wait a pass.
 */
export function fixText(text: string, check: (text: string) => Finding[], options: FixOptions = {}): FixOutcome {
  const kind = options.kind;
  const crossFile = options.crossFile ?? true;
  const applied = new Map<string, number>();
  const fileEdits: FileEdit[] = [];
  const refused = new Map<string, RefusedFix>();
  const seen = new Set<string>([text]);
  const seenFileEdits = new Set<string>();
  const out = (stable: boolean): FixOutcome => ({ text, passes, applied, fileEdits, stable, refused: [...refused.values()] });

  /** The fixes of one pass: non-overlapping, not refused before. */
  const candidates = (findings: Finding[]): AppliedFix[] => {
    const taken: AppliedFix[] = [];
    for (const finding of findings) {
      const fix = safeFixOf(finding, crossFile);
      if (!fix || refused.has(fixKey(finding, fix))) continue;
      if (fix.edits.some((e) => taken.some((t) => t.fix.edits.some((x) => overlaps(e, x))))) continue;
      taken.push({ finding, fix });
    }
    return taken;
  };
  const accept = (fixes: AppliedFix[]) => {
    const passFileEdits: FileEdit[] = [];
    for (const { finding, fix } of fixes) {
      applied.set(finding.ruleName, (applied.get(finding.ruleName) ?? 0) + 1);
      for (const fe of fix.fileEdits ?? []) {
        // a cross-file edit is applied once, even if its finding shows up again
        const key = JSON.stringify(fe);
        if (!seenFileEdits.has(key)) passFileEdits.push(fe);
        seenFileEdits.add(key);
      }
    }
    if (passFileEdits.length) {
      fileEdits.push(...passFileEdits);
      options.onFileEdits?.(passFileEdits);
    }
    return passFileEdits.length > 0;
  };
  const refuse = (x: AppliedFix, reason: string, current: string) => {
    const line = new LineIndex(current).range(x.finding.span).start.line + 1;
    refused.set(fixKey(x.finding, x.fix), { ruleName: x.finding.ruleName, ruleId: x.finding.ruleId, line, reason });
  };
  const editsOf = (fixes: AppliedFix[]) => fixes.flatMap((x) => x.fix.edits);

  let passes = 0;
  let findings = check(text);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const taken = candidates(findings);
    if (!taken.length) return out(true);
    const next = applyEdits(text, editsOf(taken));
    const after = check(next);
    if (!fixDamage(kind, text, next, taken, findings, after)) {
      const crossEdits = accept(taken);
      if (next === text && !crossEdits) return out(true);
      passes++;
      if (seen.has(next)) {
        text = next;
        return out(false);
      }
      seen.add(next);
      text = next;
      findings = after;
      continue;
    }
    // the pass as a whole damages the file: one fix at a time, re-checking after each
    let changed = false;
    let current = findings;
    for (let step = 0; step < MAX_SINGLE_STEPS; step++) {
      const [one] = candidates(current);
      if (!one) break;
      const single = applyEdits(text, one.fix.edits);
      const afterOne = check(single);
      const damage = fixDamage(kind, text, single, [one], current, afterOne);
      if (damage) {
        refuse(one, damage, text);
        continue;
      }
      accept([one]);
      if (seen.has(single)) {
        text = single;
        return out(false);
      }
      seen.add(single);
      changed = changed || single !== text;
      text = single;
      current = afterOne;
    }
    // the last check may have been of a refused text: check the kept one again (the caller's check may keep state)
    findings = check(text);
    if (!changed) return out(true);
    passes++;
  }
  // one more look: stable only if nothing is left to fix
  return out(!candidates(findings).length);
}
