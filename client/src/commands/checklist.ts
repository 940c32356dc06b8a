// "Scaffold Sandbox Key Checklist": the same Markdown checklist as `sandbox-guard checklist`, opened in an editor,
// saved next to the config on request; re-running merges into the saved file and keeps ticked boxes.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ChecklistRequest, type ChecklistParams, type ChecklistResult, CHECKLIST_GLOBS, LANGUAGE_ID } from '../protocol.js';

export interface ChecklistOptions {
  /** write the checklist file without asking (tests, scripted use) */
  save?: boolean;
}

export interface ChecklistOutcome {
  config: string;
  /** where the checklist is (an untitled document until saved) */
  uri: string;
  /** the checklist file existed and was updated in place */
  merged: boolean;
  saved: boolean;
}

/** `deploy.sandbox.yaml` -> `deploy.sandbox.checklist.md`, `.claude/settings.json` -> `.claude/settings.checklist.md`,
 * `.codex/config.toml` -> `.codex/config.checklist.md` */
export function checklistUriFor(config: vscode.Uri): vscode.Uri {
  const base = config.path.replace(/\.(?:ya?ml|json|toml)$/i, '');
  return config.with({ path: `${base}.checklist.md` });
}

export async function scaffoldChecklist(client: LanguageClient, arg?: vscode.Uri, options: ChecklistOptions = {}): Promise<ChecklistOutcome | undefined> {
  const config = arg instanceof vscode.Uri ? arg : await pickConfig();
  if (!config) return undefined;
  const configDoc = await vscode.workspace.openTextDocument(config);
  const uri = client.code2ProtocolConverter.asUri(configDoc.uri);
  const target = checklistUriFor(config);

  if (config.scheme === 'file' && await exists(target)) {
    // Merge into what the user has: unsaved edits in an open editor win over the file on disk.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
    const dirty = open?.isDirty === true;
    const existing = dirty ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    // the server merges with the CLI's mergeChecklist, so ticked boxes survive the same way everywhere
    const params: ChecklistParams = { uri, existing };
    const { markdown: merged } = await client.sendRequest<ChecklistResult>(ChecklistRequest, params);
    if (dirty) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(target, wholeRange(open), merged);
      await vscode.workspace.applyEdit(edit);
    } else if (merged !== existing) {
      // written to disk, not through a document save: an editor showing an older copy just reloads
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(merged));
    }
    await vscode.window.showTextDocument(target, { preview: false });
    void vscode.window.showInformationMessage(`Sandbox Guard: updated ${basename(target)}; ticked boxes were kept.`);
    return { config: config.toString(), uri: target.toString(), merged: true, saved: !dirty };
  }

  const { markdown } = await client.sendRequest<ChecklistResult>(ChecklistRequest, { uri } satisfies ChecklistParams);
  if (options.save && config.scheme === 'file') {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
    await vscode.window.showTextDocument(target, { preview: false });
    return { config: config.toString(), uri: target.toString(), merged: false, saved: true };
  }

  // An untitled document that already knows its path: Save (Ctrl+S or the button) writes it next to the config.
  const untitled = config.scheme === 'file' ? target.with({ scheme: 'untitled' }) : undefined;
  const doc = untitled
    ? await vscode.workspace.openTextDocument(untitled)
    : await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  if (untitled) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(untitled, wholeRange(doc), markdown);
    await vscode.workspace.applyEdit(edit);
    if (doc.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  }
  await vscode.window.showTextDocument(doc, { preview: false });
  if (untitled) {
    const save = `Save as ${basename(target)}`;
    void vscode.window.showInformationMessage(`Sandbox Guard: checklist for ${basename(config)}. Save it next to the config?`, save)
      .then(async (choice) => {
        // saving an untitled document closes its editor: show the saved file in its place
        if (choice === save && await doc.save()) await vscode.window.showTextDocument(target, { preview: false });
      });
  }
  return { config: config.toString(), uri: doc.uri.toString(), merged: false, saved: false };
}

async function pickConfig(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active && (active.languageId === LANGUAGE_ID || CHECKLIST_GLOBS.some((g) => vscode.languages.match({ scheme: 'file', pattern: g }, active) > 0))) return active.uri;
  const found = await Promise.all(CHECKLIST_GLOBS.map((g) => vscode.workspace.findFiles(g, '**/node_modules/**', 500)));
  const files = [...new Map(found.flat().map((u) => [u.toString(), u])).values()].sort((a, b) => a.path.localeCompare(b.path));
  if (files.length === 0) {
    void vscode.window.showWarningMessage('Sandbox Guard: no sandbox config in this workspace (a task config *.sandbox.yaml, .claude/settings.json, .srt-settings.json or .codex/config.toml). Create a task config with "Sandbox Guard: New Sandbox Task Config".');
    return undefined;
  }
  if (files.length === 1) return files[0];
  const picked = await vscode.window.showQuickPick(
    files.map((uri) => ({ label: basename(uri), description: vscode.workspace.asRelativePath(uri), uri })),
    { title: 'Scaffold Sandbox Key Checklist', placeHolder: 'Sandbox config to build the checklist from' },
  );
  return picked?.uri;
}

function wholeRange(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
