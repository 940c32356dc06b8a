// Code actions: each finding's fixes as quick fixes, "Disable <rule> for this line",
// "Show documentation for <rule>", and source.fixAll.sandboxGuard (safe fixes, iterated like `--fix`).
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { KINDS } from '../kinds/index.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText } from '../engine/fixLoop.js';
import type { Finding } from '../core/types.js';
import { ShowDocsCommand } from '../../../common/protocol.js';
import { applyEdits } from '../core/applyEdits.js';
import { SOURCE, toDiagnostic, type DiagnosticData } from './diagnostics.js';
import type { Settings } from './settings.js';
import type { CheckRecord, ServerState } from './state.js';
import { disableLineEdit } from './suppressAction.js';
import { diffEdit, fixToWorkspaceEdit } from './workspaceEdit.js';

export const FIX_ALL_KIND = 'source.fixAll.sandboxGuard';

const NO_DISABLE = new Set(['unused-suppression', 'invalid-suppression']);

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
    const edit = disableLineEdit(doc, f.range.start.line, f.ruleName, KINDS[rec.kind].comments);
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

/** Safe fixes in this file only, through the same guarded loop as the CLI's --fix (engine/fixLoop.ts). */
export function fixAllText(state: ServerState, rec: CheckRecord, settings: Settings): string {
  let first = true;
  const check = (text: string) => {
    // the record's findings are those of its text: no need to check it again
    if (first && text === rec.text) {
      first = false;
      return rec.findings;
    }
    return state.checkOnly(rec.path, text, rec.kind, settings).findings;
  };
  return fixText(rec.text, check, { kind: rec.kind, crossFile: false }).text;
}

function fixAllEdit(state: ServerState, doc: TextDocument, rec: CheckRecord, settings: Settings) {
  return diffEdit(doc, rec.text, fixAllText(state, rec, settings));
}
