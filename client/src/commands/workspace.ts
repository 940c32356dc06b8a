// "Check Workspace" and "Add Staging-Only Rules to AGENTS.md": thin wrappers over custom server requests.
import * as vscode from 'vscode';
import { ResponseError, type LanguageClient, type WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageclient/node';
import { AddAgentsRulesRequest, type AddAgentsRulesParams, CheckWorkspaceRequest, type CheckWorkspaceResult, INSTRUCTION_FILES_GLOB, isInstructionFile } from '../protocol.js';

const METHOD_NOT_FOUND = -32601;

export async function checkWorkspace(client: LanguageClient): Promise<CheckWorkspaceResult> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Sandbox Guard: checking the workspace' },
    () => client.sendRequest<CheckWorkspaceResult>(CheckWorkspaceRequest, {}),
  );
  const msg = `Sandbox Guard: checked ${plural(result.files, 'file')}, ${result.findings === 0 ? 'no findings' : plural(result.findings, 'finding')}.`;
  if (result.findings > 0) {
    void vscode.window.showInformationMessage(msg, 'Show Problems').then((a) => {
      if (a) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  } else void vscode.window.showInformationMessage(msg);
  return result;
}

/** Asks the server for the edit adding the staging-only rules to AGENTS.md (creating it when missing) and applies it. */
export async function addAgentsRules(client: LanguageClient, arg?: vscode.Uri): Promise<{ uri: string; applied: boolean } | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : await agentsTarget();
  if (!uri) return undefined;
  const params: AddAgentsRulesParams = { uri: client.code2ProtocolConverter.asUri(uri) };
  let edit: vscode.WorkspaceEdit | undefined;
  try {
    const lspEdit = await client.sendRequest<LspWorkspaceEdit | null>(AddAgentsRulesRequest, params);
    if (lspEdit && (lspEdit.changes || lspEdit.documentChanges)) edit = await client.protocol2CodeConverter.asWorkspaceEdit(lspEdit);
  } catch (e) {
    if (!(e instanceof ResponseError && e.code === METHOD_NOT_FOUND)) throw e;
    void vscode.window.showWarningMessage('Sandbox Guard: this language server cannot add AGENTS.md rules (it does not answer sandboxGuard/addAgentsRules).');
    return undefined;
  }
  if (!edit || edit.size === 0) {
    void vscode.window.showInformationMessage(`Sandbox Guard: ${vscode.workspace.asRelativePath(uri)} already has the staging-only rules.`);
    return { uri: uri.toString(), applied: false };
  }
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) await vscode.window.showTextDocument(uri, { preview: false });
  return { uri: uri.toString(), applied };
}

async function agentsTarget(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  // the instruction file in front of the user (CLAUDE.md, .github/copilot-instructions.md, …) gets the rules
  if (active?.scheme === 'file' && isInstructionFile(active.path)) return active;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('Sandbox Guard: open a folder to add AGENTS.md rules.');
    return undefined;
  }
  const existing = (await vscode.workspace.findFiles(INSTRUCTION_FILES_GLOB, '**/node_modules/**', 200)).sort((a, b) => a.path.length - b.path.length);
  const roots = folders.map((f) => vscode.Uri.joinPath(f.uri, 'AGENTS.md'));
  const candidates = [...new Map([...existing, ...roots].map((u) => [u.toString(), u])).values()];
  if (candidates.length === 1) return candidates[0];
  const picked = await vscode.window.showQuickPick(
    candidates.map((u) => ({ label: vscode.workspace.asRelativePath(u), description: existing.some((e) => e.toString() === u.toString()) ? '' : 'new file', uri: u })),
    { title: 'Add Staging-Only Rules to AGENTS.md', placeHolder: 'Which instruction file (AGENTS.md, CLAUDE.md, …)?' },
  );
  return picked?.uri;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
