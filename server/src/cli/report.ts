// What the formatters get: one entry per checked file.
import path from 'node:path';
import type { FileKind, Finding } from '../core/types.js';

export interface FileReport {
  /** absolute path */
  path: string;
  /** relative to the working folder, with `/` separators (what every format prints) */
  displayPath: string;
  kind: FileKind;
  /** the checked text ('' when it could not be read); SARIF computes fix regions from it */
  text: string;
  findings: Finding[];
  /** findings silenced by suppression comments (only with --report-suppressions) */
  suppressed: Finding[];
  /** an engine crash on this file (exit code 2) */
  internalError?: boolean;
  /** the policy file that applied to it (display path), if any */
  policy?: string;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  suppressed: number;
}

export function totals(reports: FileReport[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, fixable: 0, suppressed: 0 };
  for (const r of reports) {
    for (const f of r.findings) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else t.infos++;
      if (f.fixes.some((x) => x.safe && (x.edits.length || x.fileEdits?.length))) t.fixable++;
    }
    t.suppressed += r.suppressed.length;
  }
  return t;
}
