// Findings -> LSP diagnostics. `data` lets code actions find the finding again without re-checking.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { LineIndex } from '../core/lineIndex.js';
import type { Finding, Severity } from '../core/types.js';
import { pathToUri } from './paths.js';
import type { CheckRecord } from './state.js';

export const SOURCE = 'sandbox-guard';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries for code actions: the finding's index in the check of `version`. */
export interface DiagnosticData {
  ruleId: string;
  ruleName: string;
  index: number;
  version: number | null;
  fixes: { title: string; preferred?: boolean; safe?: boolean }[];
}

export function toDiagnostic(f: Finding, index: number, rec: CheckRecord): Diagnostic {
  const data: DiagnosticData = {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    index,
    version: rec.version ?? null,
    fixes: f.fixes.map((x) => ({ title: x.title, preferred: x.preferred, safe: x.safe })),
  };
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: f.docsUrl },
    source: SOURCE,
    message: f.message,
    data,
  };
  const related = relatedInfo(f, rec);
  if (related.length) d.relatedInformation = related;
  return d;
}

function relatedInfo(f: Finding, rec: CheckRecord): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of f.related ?? []) {
    // a related span in this file can be positioned; in another file the engine gives a range when it knows one
    const same = !r.path || r.path === rec.path;
    const range = r.range ?? (same ? lineIndex(rec).range(r.span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    out.push({ location: { uri: same ? rec.uri : pathToUri(r.path), range }, message: r.message });
  }
  return out;
}

const indexes = new WeakMap<CheckRecord, LineIndex>();
function lineIndex(rec: CheckRecord): LineIndex {
  let li = indexes.get(rec);
  if (!li) indexes.set(rec, (li = new LineIndex(rec.text)));
  return li;
}

export function toDiagnostics(rec: CheckRecord): Diagnostic[] {
  return rec.findings.map((f, i) => toDiagnostic(f, i, rec));
}
