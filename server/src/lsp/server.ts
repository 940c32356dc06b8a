// The language server: wires the LSP handlers to the engine (via ServerState) and the features.
import {
  CodeActionKind, DidChangeConfigurationNotification, ResponseError, DidChangeWatchedFilesNotification, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { generateChecklist, mergeChecklist } from '../engine/checklist/index.js';
import { ALL_WORKSPACE_GLOBS, POLICY_FILE_NAMES } from '../../../common/filePatterns.js';
import { AddAgentsRulesRequest, CHECKLIST_KINDS, CheckWorkspaceRequest, ChecklistRequest, ShowDocsCommand, type AddAgentsRulesParams, type ChecklistParams, type ChecklistResult } from '../../../common/protocol.js';
import pkg from '../../../package.json';
import { addAgentsRulesEdit } from './agentsRules.js';
import { codeActions, FIX_ALL_KIND } from './codeActions.js';
import { complete, resolveCompletion } from './completion.js';
import { CrossFileRefresher } from './crossFile.js';
import { hover } from './hover.js';
import { Logger } from './logger.js';
import { redactingConnection } from './redactOutput.js';
import { enginePath, pathToUri, uriToPath } from './paths.js';
import { normalizeSettings, SECTION } from './settings.js';
import { requestTarget } from './requestTarget.js';
import { readDisk, ServerState, type CheckRecord } from './state.js';
import { Validator } from './validate.js';
import { versionGuard } from './versionGuard.js';
import { WorkspaceChecker } from './workspaceCheck.js';
import { clampPosition, clampRange } from './clampPosition.js';

export const CHECK_WORKSPACE_COMMAND = 'sandboxGuard.server.checkWorkspace';
/** the extension's version, as the CLI reports it */
export const VERSION: string = (pkg as { version: string }).version;

const isPolicyPath = (p: string | undefined) => !!p && POLICY_FILE_NAMES.some((n) => p.endsWith(`/${n}`) || p.endsWith(`\\${n}`));

export function startServer(raw: Connection): void {
  const connection = redactingConnection(raw);
  const log = new Logger(connection);
  const state = new ServerState(connection, log);
  const validator = new Validator(state);
  const workspace = new WorkspaceChecker(state, validator);
  const crossFile = new CrossFileRefresher(state, validator, workspace);
  const { documents } = state;
  const openedVersion = new Map<string, number>();
  let workspaceFolderEvents = false;

  /** The check of the document's current version (re-checked when the stored one is stale). */
  async function record(doc: TextDocument): Promise<CheckRecord | undefined> {
    const p = uriToPath(doc.uri) ?? enginePath(doc.uri);
    const rec = state.results.get(p);
    if (rec && rec.uri === doc.uri && rec.version === doc.version) return rec;
    const settings = await state.settingsFor(doc.uri);
    const kind = state.kindOf(p, state.policyFor(p, settings), settings, doc.languageId);
    if (!kind || !settings.enable) return undefined;
    return state.check(doc.uri, doc.getText(), doc.version, kind, settings);
  }

  function policyChanged(): void {
    state.policies.clear();
    validator.validateAll();
    void workspace.request();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const c = params.capabilities;
    state.caps = {
      configuration: !!c.workspace?.configuration,
      workDoneProgress: !!c.window?.workDoneProgress,
      showDocument: !!c.window?.showDocument?.support,
      documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
      createFile: !!c.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
      watchedFilesDynamic: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      snippets: !!c.textDocument?.completion?.completionItem?.snippetSupport,
      resolveDocs: !!c.textDocument?.completion?.completionItem?.resolveSupport?.properties?.includes('documentation'),
      markdown: true,
    };
    workspaceFolderEvents = !!c.workspace?.workspaceFolders;
    // older clients send only rootUri (or the deprecated rootPath): that is the one workspace folder
    const root = params.rootUri ?? (params.rootPath ? pathToUri(params.rootPath) : undefined);
    const folders = params.workspaceFolders ?? (root ? [{ uri: root, name: 'root' }] : []);
    state.folders = folders.flatMap((f) => {
      const p = uriToPath(f.uri);
      return p ? [{ uri: f.uri, path: p }] : [];
    });
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) state.pushedSettings = normalizeSettings(init.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: [' ', ':', '-', '"'], resolveProvider: true },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [CHECK_WORKSPACE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'sandbox-guard-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    const folders = state.folders.map((f) => f.path).join(', ') || 'none (single files only)';
    log.always(`Sandbox Guard language server ${VERSION} (${process.argv[1] ?? 'server'}, node ${process.version}); workspace folders: ${folders}`);
    if (state.caps.watchedFilesDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: ALL_WORKSPACE_GLOBS.map((globPattern) => ({ globPattern })) }).catch((e) => log.error('register watchers', e));
    }
    if (state.caps.configuration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch(() => undefined);
    // only a client that announced workspaceFolders sends changes (registering otherwise throws)
    if (state.folders.length && workspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        state.folders = state.folders.filter((f) => !removed.has(f.uri));
        for (const f of e.added) {
          const p = uriToPath(f.uri);
          if (p) state.folders.push({ uri: f.uri, path: p });
        }
        state.clearSettings();
        void workspace.request();
      });
    }
    void workspace.request().catch((e) => log.error('workspace check', e));
  });

  documents.onDidOpen((e) => {
    openedVersion.set(e.document.uri, e.document.version);
    const doc = e.document;
    void validator.validate(doc).then(() => {
      // opened with unsaved text (e.g. a fix that creates AGENTS.md): files whose cross-file findings read it follow
      const p = uriToPath(doc.uri);
      if (p && doc.version === openedVersion.get(doc.uri) && readDisk(p) !== doc.getText()) crossFile.documentChanged(doc.uri);
    });
  });

  documents.onDidChangeContent((e) => {
    const doc = e.document;
    if (openedVersion.get(doc.uri) === doc.version) return; // the didOpen already validates it
    if (isPolicyPath(uriToPath(doc.uri))) {
      state.policies.clear();
      for (const d of documents.all()) if (d.uri !== doc.uri) validator.schedule(d);
    }
    void state.settingsFor(doc.uri).then((s) => {
      if (s.run !== 'onType') return;
      validator.schedule(doc);
      crossFile.documentChanged(doc.uri);
    });
  });

  documents.onDidSave((e) => {
    if (isPolicyPath(uriToPath(e.document.uri))) policyChanged();
    void state.settingsFor(e.document.uri).then((s) => {
      if (s.run !== 'onSave') return;
      void validator.validate(e.document);
      crossFile.documentChanged(e.document.uri);
    });
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    openedVersion.delete(uri);
    state.parseCaches.delete(uri);
    const p = uriToPath(uri);
    const ws = p ? state.workspaceFiles.get(p) : undefined;
    // part of the workspace check: show the file's saved content; otherwise its problems go away with it
    if (p && ws) void workspace.checkFile(p, uri, ws.kind).catch((err) => log.error('didClose', err));
    else if (state.results.has(p ?? enginePath(uri))) validator.clear(uri);
    // unsaved edits are gone: files whose cross-file findings read them see the saved text again
    crossFile.documentChanged(uri);
    if (isPolicyPath(p)) policyChanged();
  });

  connection.onDidChangeConfiguration((params) => {
    if (!state.caps.configuration) {
      const raw = (params.settings as Record<string, unknown> | undefined)?.[SECTION];
      state.pushedSettings = normalizeSettings(raw);
    }
    state.clearSettings();
    state.policies.clear();
    validator.validateAll();
    void workspace.request();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => isPolicyPath(uriToPath(c.uri)))) state.policies.clear();
    validator.validateAll();
    void workspace.request();
  });

  connection.onCompletion(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    try {
      const settings = await state.settingsFor(doc.uri);
      const p = uriToPath(doc.uri) ?? enginePath(doc.uri);
      const policy = state.policyFor(p, settings);
      const kind = state.kindOf(p, policy, settings, doc.languageId);
      if (!kind || !settings.enable || token.isCancellationRequested) return null;
      const workspaceHosts = () => new Set([...state.workspaceHosts.values()].flat());
      const at = clampPosition(doc, params.position);
      return complete(doc, at.line, at.character, { kind, policy, workspaceHosts, snippets: state.caps.snippets, resolve: state.caps.resolveDocs, path: p, workspace: state.workspaceView() }, token);
    } catch (e) {
      log.error('completion', e);
      return null;
    }
  });

  connection.onCompletionResolve((item) => log.guard('completionResolve', item, () => resolveCompletion(item)));

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    try {
      const rec = await record(doc);
      if (!rec) return null;
      const settings = await state.settingsFor(doc.uri);
      const at = clampPosition(doc, params.position);
      return hover(doc, at.line, at.character, rec, state.policyFor(rec.path, settings));
    } catch (e) {
      log.error('hover', e);
      return null;
    }
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    try {
      const rec = await record(doc);
      if (!rec) return null;
      return codeActions(state, doc, { ...params, range: clampRange(doc, params.range) }, rec, await state.settingsFor(doc.uri));
    } catch (e) {
      log.error('codeAction', e);
      return null;
    }
  });

  connection.onExecuteCommand(async (params) => {
    try {
      if (params.command === CHECK_WORKSPACE_COMMAND) return await workspace.request();
      if (params.command === ShowDocsCommand) {
        // for clients that send the command back to the server instead of handling it themselves
        const url = String(params.arguments?.[0] ?? '');
        if (!/^https:\/\//.test(url)) return null;
        if (state.caps.showDocument) await connection.window.showDocument({ uri: url, external: true });
        else connection.window.showInformationMessage(`Sandbox Guard documentation: ${url}`);
      }
    } catch (e) {
      log.error('executeCommand', e);
    }
    return null;
  });

  connection.onRequest(CheckWorkspaceRequest, (_params: unknown, token) => workspace.request(token));

  connection.onRequest(ChecklistRequest, async (params: ChecklistParams): Promise<ChecklistResult | ResponseError<void>> => {
    const target = await requestTarget(state, params?.uri, [...CHECKLIST_KINDS]);
    if (target instanceof ResponseError) return target;
    const p = target.path;
    const text = target.openText ?? (p ? state.workspaceView().readText(p) : undefined);
    if (text === undefined) return { markdown: '' };
    const folder = state.folderOf(p);
    const shown = p && folder ? p.slice(folder.path.length + 1) || p : enginePath(params.uri);
    const settings = await state.settingsFor(params.uri);
    const policy = p ? state.policyFor(p, settings) : undefined;
    const markdown = generateChecklist(text, { path: shown, kind: target.kind, policy, overrides: settings.rules });
    return { markdown: params.existing ? mergeChecklist(params.existing, markdown) : markdown };
  });

  connection.onRequest(AddAgentsRulesRequest, async (params: AddAgentsRulesParams) => {
    const target = await requestTarget(state, params?.uri, 'agents');
    return target instanceof ResponseError ? target : addAgentsRulesEdit(state, params.uri);
  });

  documents.listen(versionGuard(connection, documents, log));
  connection.listen();
}
