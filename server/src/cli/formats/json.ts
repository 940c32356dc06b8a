// `--format json`: a stable, documented shape (docs/cli.md). Lines and columns are 1-based;
// columns count UTF-16 code units, like the editor.
import type { Finding } from '../../core/types.js';
import { redactText } from '../../secrets/redactText.js';
import type { FileReport } from '../report.js';

export interface JsonFinding {
  ruleId: string;
  ruleName: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docsUrl: string;
  fixes: { title: string; safe: boolean; preferred: boolean }[];
  /** only on entries of `suppressed` */
  suppression?: { reason: string };
}

export interface JsonFileReport {
  path: string;
  kind: string;
  findings: JsonFinding[];
  /** findings silenced by suppression comments; empty unless --report-suppressions */
  suppressed: JsonFinding[];
  /** the policy file that applied to this file (relative path), or null: the built-in defaults */
  policy: string | null;
}

export function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    severity: f.severity,
    message: redactText(f.message),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    docsUrl: f.docsUrl,
    fixes: f.fixes.map((x) => ({ title: redactText(x.title), safe: !!x.safe, preferred: !!x.preferred })),
  };
  if (f.suppressed) out.suppression = { reason: redactText(f.suppressed.reason) };
  return out;
}

export function formatJson(reports: FileReport[]): string {
  const data: JsonFileReport[] = reports.map((r) => ({
    path: r.displayPath,
    kind: r.kind,
    findings: r.findings.map(toJsonFinding),
    suppressed: r.suppressed.map(toJsonFinding),
    policy: r.policy ?? null,
  }));
  return JSON.stringify(data, null, 2) + '\n';
}
