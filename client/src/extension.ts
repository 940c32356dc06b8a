// Sandbox Guard for VS Code: starts the language server (dist/server.js, node IPC), forwards the
// `sandboxGuard.*` settings, and registers the palette commands. All checking happens in the server.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_ID, RestartingErrorHandler, createClient, createWatchers, documentSelector } from './client.js';
import { CheckStatus } from './status.js';
import { ShowDocsCommand, StatusNotification, type StatusParams } from './protocol.js';
import { scaffoldChecklist, type ChecklistOptions } from './commands/checklist.js';
import { newTaskConfig, type NewConfigOptions } from './commands/newConfig.js';
import { addAgentsRules, checkWorkspace } from './commands/workspace.js';

let client: LanguageClient | undefined;

/** What `activate` returns: lets the extension-host tests observe the client without reaching into internals. */
export interface SandboxGuardApi {
  readonly client: LanguageClient | undefined;
  readonly crashes: number;
  readonly crashReports: number;
  /** the language status item's text and detail for the active editor */
  status(): { text: string; detail: string | undefined };
  statusOf(uri: vscode.Uri): StatusParams | undefined;
  ready(): Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<SandboxGuardApi> {
  const output = vscode.window.createOutputChannel('Sandbox Guard', { log: true });
  const errorHandler = new RestartingErrorHandler(() => output);
  const watchers = createWatchers();
  const status = new CheckStatus(documentSelector() as vscode.DocumentSelector);
  context.subscriptions.push(output, status, ...watchers);

  const c = createClient(context, errorHandler, output, watchers);
  client = c;
  c.onNotification(StatusNotification, (p: StatusParams) => status.update(p));
  c.onDidChangeState((e) => status.setStopped(e.newState === State.Stopped ? 'The language server is not running. Run "Sandbox Guard: Restart Server".' : undefined));
  const started = c.start().catch((e: unknown) => {
    output.appendLine(`Could not start the Sandbox Guard server: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    void vscode.window.showErrorMessage('Sandbox Guard: the language server did not start. See the output.', 'Show Output').then((a) => { if (a) output.show(); });
    throw e;
  });
  const ready = async () => { await started; };

  const register = (id: string, fn: (...args: any[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(`${CLIENT_ID}.${id}`, fn));
  register('scaffoldChecklist', async (uri?: vscode.Uri, options?: ChecklistOptions) => { await ready(); return scaffoldChecklist(c, uri, options); });
  register('newTaskConfig', (options?: NewConfigOptions) => newTaskConfig(options));
  register('checkWorkspace', async () => { await ready(); return checkWorkspace(c); });
  register('showOutput', () => { output.show(true); });
  // restarts run one after another: a second settings change during a restart must neither overlap it
  // (the client logs "Starting server failed") nor be dropped (the selector would miss the newest globs)
  let restarting: Promise<boolean> = started.then(() => true, () => false);
  const restartOnce = async () => {
    c.clientOptions.documentSelector = documentSelector();
    await (c.state === State.Running ? c.restart() : c.start());
    output.appendLine(`[${new Date().toISOString()}] Restarted the Sandbox Guard server.`);
    return c.state === State.Running;
  };
  register('restartServer', () => {
    errorHandler.manualRestart();
    restarting = restarting.catch(() => false).then(restartOnce);
    return restarting;
  });
  // the server's "Show documentation for <rule>" code actions run this client-side command
  context.subscriptions.push(vscode.commands.registerCommand(ShowDocsCommand, async (url?: unknown) => {
    if (typeof url !== 'string' || !/^https:\/\//.test(url)) return false;
    return vscode.env.openExternal(vscode.Uri.parse(url));
  }));
  register('addAgentsRules', async (uri?: vscode.Uri) => { await ready(); return addAgentsRules(c, uri); });

  // Extra task-config globs change which documents the server gets: restart with the new selector.
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('sandboxGuard.files') && c.state !== State.Stopped) {
      void vscode.commands.executeCommand(`${CLIENT_ID}.restartServer`);
    }
  }));

  await started.catch(() => undefined);
  return {
    get client() { return client; },
    get crashes() { return errorHandler.crashes; },
    get crashReports() { return errorHandler.reported; },
    status: () => ({ text: status.text, detail: status.detail }),
    statusOf: (uri) => status.statusOf(uri),
    ready,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
