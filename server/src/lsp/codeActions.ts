// Code actions: each finding's fixes as quick fixes, "Disable <rule> for this line",
// "Show documentation for <rule>", and source.fixAll.sandboxGuard (safe fixes, iterated like `--fix`).
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ShowDocsCommand } from '../../../common/protocol.js';
import { applyEdits } from '../core/applyEdits.js';
import type { Finding, Fix, TextEdit as EngineEdit } from '../core/types.js';
import { SOURCE, toDiagnostic, type DiagnosticData } from './diagnostics.js';
import type { Settings } from './settings.js';
import type { CheckRecord, ServerState } from './state.js';
import { disableLineEdit } from './suppressAction.js';
import { diffEdit, fixToWorkspaceEdit } from './workspaceEdit.js';

export const FIX_ALL_KIND = 'source.fixAll.sandboxGuard';

const NO_DISABLE = new Set(['unused-suppression', 'invalid-suppression']);
const MAX_FIX_ROUNDS = 10;

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function codeActions(state: ServerState, doc: TextDocument, params: CodeActionParams, rec: CheckRecord, settings: Settings): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const { finding, diagnostic } of targets(doc, params, rec)) out.push(...findingActions(state, doc, rec, finding, diagnostic));
  }
  // fix-all when asked for by kind (editor.codeActionsOnSave, "Source Action…"), not in every light bulb
  if (only && wants(only, FIX_ALL_KIND)) {
    const edit = fixAllEdit(state, doc, rec, settings);
    if (edit) out.push({ title: 'Fix all safe Sandbox Guard problems', kind: FIX_ALL_KIND, edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [edit] }] } });
  }
  return out;
}

/** The findings the request is about: from its diagnostics (by `data`, else by rule and range), else by range. */
function targets(doc: TextDocument, params: CodeActionParams, rec: CheckRecord): { finding: Finding; diagnostic: Diagnostic }[] {
  const out: { finding: Finding; diagnostic: Diagnostic }[] = [];
  // ours by source, or by our data when a client drops the source (Neovim 0.7 keeps only code and data)
  const ours = (params.context.diagnostics ?? []).filter((d) => d && d.range && (d.source === SOURCE || (d.data as DiagnosticData | undefined)?.ruleId !== undefined));
  for (const d of ours) {
    const data = d.data as DiagnosticData | undefined;
    let f: Finding | undefined;
    if (data && (data.version ?? undefined) === rec.version && rec.findings[data.index]?.ruleId === data.ruleId) f = rec.findings[data.index];
    f ??= rec.findings.find((x) => x.ruleId === (data?.ruleId ?? d.code) && sameRange(x.range, d.range));
    if (f) out.push({ finding: f, diagnostic: d });
  }
  if (!ours.length && params.range) {
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    rec.findings.forEach((f, i) => {
      if (f.span.start <= end && start <= f.span.end) out.push({ finding: f, diagnostic: toDiagnostic(f, i, rec) });
    });
  }
  return out;
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function findingActions(state: ServerState, doc: TextDocument, rec: CheckRecord, f: Finding, d: Diagnostic): CodeAction[] {
  const out: CodeAction[] = [];
  for (const fix of f.fixes) {
    if (!fix.edits.length && !fix.fileEdits?.length) continue;
    out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: !!fix.preferred, edit: fixToWorkspaceEdit(state, doc, rec.path, fix) });
  }
  if (!NO_DISABLE.has(f.ruleName)) {
    const edit = disableLineEdit(doc, f.range.start.line, f.ruleName, rec.kind === 'agents');
    if (edit) {
      out.push({
        title: `Disable ${f.ruleName} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [edit] }] },
      });
    }
  }
  out.push({
    title: `Show documentation for ${f.ruleName}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    command: { title: `Show documentation for ${f.ruleName}`, command: ShowDocsCommand, arguments: [f.docsUrl] },
  });
  return out;
}

/** The fix fix-all applies for a finding: safe, in this file only, the preferred one first. */
function safeFix(f: Finding): Fix | undefined {
  const safe = f.fixes.filter((x) => x.safe && x.edits.length && !x.fileEdits?.length);
  return safe.find((x) => x.preferred) ?? safe[0];
}

/** Applies non-overlapping safe fixes, re-checks and repeats (at most 10 rounds), like the CLI's --fix. */
export function fixAllText(state: ServerState, rec: CheckRecord, settings: Settings): string {
  let text = rec.text;
  let findings = rec.findings;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const accepted: EngineEdit[] = [];
    for (const f of findings) {
      const fix = safeFix(f);
      if (!fix) continue;
      const overlaps = fix.edits.some((e) => accepted.some((a) => e.start < a.end && a.start < e.end || (e.start === a.start && e.end === a.end)));
      if (!overlaps) accepted.push(...fix.edits);
    }
    if (!accepted.length) break;
    const next = applyEdits(text, accepted);
    if (next === text) break;
    text = next;
    findings = state.checkOnly(rec.path, text, rec.kind, settings).findings;
  }
  return text;
}

function fixAllEdit(state: ServerState, doc: TextDocument, rec: CheckRecord, settings: Settings) {
  return diffEdit(doc, rec.text, fixAllText(state, rec, settings));
}
