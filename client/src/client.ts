// Creates the LanguageClient that runs dist/server.js over node IPC, and decides what it serves.
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind,
  type DocumentSelector, type ErrorHandler, type LanguageClientOptions, type Message, type ServerOptions,
} from 'vscode-languageclient/node';
import { LANGUAGE_ID, OTHER_KIND_GLOBS, WATCH_GLOBS } from './protocol.js';
import { RestartBudget } from './restartBudget.js';

export const CLIENT_ID = 'sandboxGuard';
const CLIENT_NAME = 'Sandbox Guard';

/** Documents sent to the server: task configs (by language, so untitled ones too), every other kind of the
 * pattern table by its glob (any language: JSON, TOML, Markdown, YAML), and the user's extra `sandboxGuard.files` globs. */
export function documentSelector(): DocumentSelector {
  const selector: DocumentSelector = [
    { scheme: 'file', language: LANGUAGE_ID },
    { scheme: 'untitled', language: LANGUAGE_ID },
    ...OTHER_KIND_GLOBS.map((pattern) => ({ scheme: 'file', pattern })),
  ];
  const seen = new Set<string>();
  const add = (pattern: string) => {
    if (!seen.has(pattern)) { seen.add(pattern); selector.push({ scheme: 'file', pattern }); }
  };
  // like the server: a glob with a `/` is relative to the workspace folder, one without matches file names anywhere
  const globs = (scope?: vscode.Uri) => vscode.workspace.getConfiguration('sandboxGuard', scope).get<string[]>('files', [])
    .filter((g): g is string => typeof g === 'string' && g.trim() !== '').map((g) => g.trim().replace(/^\.\//, ''));
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const folder of folders) {
    for (const g of globs(folder.uri)) add(g.includes('/') ? `${folder.uri.fsPath.replace(/\\/g, '/')}/${g}` : `**/${g}`);
  }
  if (!folders.length) for (const g of globs()) add(`**/${g.split('/').pop()}`);
  return selector;
}

/** Restarts a crashed server, tells the user once per session, and gives up on the crash after the budget (5 in 3 minutes). */
export class RestartingErrorHandler implements ErrorHandler {
  crashes = 0;
  reported = 0;
  private readonly budget = new RestartBudget();
  constructor(private readonly output: () => vscode.OutputChannel | undefined) {}

  /** "Restart Server" gives the server a fresh budget. */
  manualRestart(): void {
    this.budget.reset();
  }

  error(_error: Error, _message: Message | undefined, count: number | undefined) {
    // a broken message: keep going unless the connection keeps failing
    return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed() {
    this.crashes++;
    const restart = this.budget.crashed(Date.now());
    this.output()?.appendLine(`[${new Date().toISOString()}] The Sandbox Guard server stopped unexpectedly (crash ${this.crashes}).`);
    if (!restart) {
      void vscode.window.showErrorMessage(this.budget.giveUpMessage(), 'Show Output')
        .then((a) => { if (a) this.output()?.show(); });
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    if (this.reported === 0) {
      this.reported++;
      void vscode.window.showWarningMessage('Sandbox Guard: the language server stopped unexpectedly and was restarted.', 'Show Output')
        .then((a) => { if (a) this.output()?.show(); });
    }
    return { action: CloseAction.Restart, handled: true };
  }
}

/** Watched so the server's workspace check follows files that change on disk (created once per activation). */
export function createWatchers(): vscode.FileSystemWatcher[] {
  return WATCH_GLOBS.map((g) => vscode.workspace.createFileSystemWatcher(g));
}

export function createClient(context: vscode.ExtensionContext, errorHandler: ErrorHandler, output: vscode.LogOutputChannel,
  watchers: vscode.FileSystemWatcher[]): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    errorHandler,
    // the server pulls `sandboxGuard` through workspace/configuration; this makes it re-pull on changes
    synchronize: {
      configurationSection: 'sandboxGuard',
      fileEvents: watchers,
    },
    diagnosticCollectionName: 'sandbox-guard',
    initializationOptions: { extensionVersion: String(context.extension.packageJSON.version ?? '') },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
