// "New Sandbox Task Config": a commented starter config with staging placeholders, cursor on the first host.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../protocol.js';
import { STARTER_CONFIG, firstHostRange } from '../starterConfig.js';

export interface NewConfigOptions {
  /** skip the questions: 'untitled' editor, or a 'file' at `path` (absolute, or relative to the first folder) */
  target?: 'untitled' | 'file';
  path?: string;
}

export async function newTaskConfig(options: NewConfigOptions = {}): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  let target = options.target;
  if (!target) {
    if (!folder) target = 'untitled';
    else {
      const pick = await vscode.window.showQuickPick([
        { label: '$(new-file) Untitled editor', description: 'save it later as *.sandbox.yaml', target: 'untitled' as const },
        { label: '$(file-add) File in the workspace…', description: 'e.g. staging.sandbox.yaml', target: 'file' as const },
      ], { title: 'New Sandbox Task Config' });
      target = pick?.target;
    }
  }
  if (!target) return undefined;

  let doc: vscode.TextDocument;
  if (target === 'untitled') {
    doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: STARTER_CONFIG });
  } else {
    const uri = await fileTarget(folder, options.path);
    if (!uri) return undefined;
    try {
      await vscode.workspace.fs.stat(uri);
      void vscode.window.showWarningMessage(`Sandbox Guard: ${vscode.workspace.asRelativePath(uri)} already exists; opened it unchanged.`);
      await vscode.window.showTextDocument(uri);
      return uri;
    } catch { /* does not exist: create it */ }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(STARTER_CONFIG));
    doc = await vscode.workspace.openTextDocument(uri);
  }
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const r = firstHostRange();
  // select the placeholder host: typing replaces it
  editor.selection = new vscode.Selection(r.line, r.end, r.line, r.start);
  editor.revealRange(new vscode.Range(r.line, r.start, r.line, r.end));
  return doc.uri;
}

async function fileTarget(folder: vscode.WorkspaceFolder | undefined, given: string | undefined): Promise<vscode.Uri | undefined> {
  const name = given ?? await vscode.window.showInputBox({
    title: 'New Sandbox Task Config',
    prompt: 'File name, relative to the workspace folder',
    value: 'staging.sandbox.yaml',
    valueSelection: [0, 'staging'.length],
    validateInput: (v) => /(^|\/)([^/]+\.sandbox\.ya?ml|sandbox\.ya?ml)$/.test(v.trim()) ? undefined : 'Name it *.sandbox.yaml, *.sandbox.yml, sandbox.yaml or sandbox.yml so Sandbox Guard checks it',
  });
  if (!name) return undefined;
  if (name.startsWith('/')) return vscode.Uri.file(name);
  if (!folder) return undefined;
  return vscode.Uri.joinPath(folder.uri, name.trim());
}
