// Helpers for the extension-host tests: fixtures in the run's workspace copy, polling waits, edits.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sandbox-guard.sandbox-guard';

export interface Api {
  readonly client: { state: number; sendRequest<R>(method: string, params?: unknown): Promise<R> } | undefined;
  readonly crashes: number;
  readonly crashReports: number;
  status(): { text: string; detail: string | undefined };
  statusOf(uri: vscode.Uri): { uri: string; ms: number; findings: number } | undefined;
  ready(): Promise<void>;
}

export async function api(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const a = await ext.activate();
  await a.ready();
  return a;
}

export function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the fixture workspace is open');
  return f;
}

export function fixture(rel: string): vscode.Uri {
  return vscode.Uri.joinPath(folder().uri, rel);
}

export async function open(rel: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof rel === 'string' ? fixture(rel) : rel;
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Polls until fn returns something other than undefined (the server answers asynchronously). */
export async function waitFor<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sandbox-guard');
}

export function code(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function docsLink(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? d.code.target.toString(true) : undefined;
}

/** [code, startLine, startChar, endLine, endChar] — 0-based, like the vscode API. */
export function brief(d: vscode.Diagnostic): [string, number, number, number, number] {
  return [code(d), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
}

export const identity = (d: vscode.Diagnostic) => `${code(d)} ${d.message}`;

/** Waits until the diagnostics of uri satisfy pred (returns them). */
export function diagnostics(uri: vscode.Uri, pred: (ds: vscode.Diagnostic[]) => boolean, what = 'diagnostics'): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} of ${vscode.workspace.asRelativePath(uri)}`, () => {
    const ds = ours(uri);
    return pred(ds) ? ds : undefined;
  });
}

export async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
}

export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `${needle} is in ${doc.uri.path}`);
  return doc.positionAt(i + delta);
}

export async function configure(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('sandboxGuard').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
