// A minimal LSP client for protocol tests and the benchmark: spawns dist/server.js over stdio and
// drives it like an editor (initialize, didOpen/didChange, requests), collecting published diagnostics.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, after } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { WorkDoneProgress, type Diagnostic, type PublishDiagnosticsParams, type WorkspaceEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { freshTempDir } from '../helpers/tempDir.js';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const SERVER = path.join(ROOT, 'dist/server.js');

export interface ClientOptions {
  /** command to run instead of our server (the benchmark runs yaml-language-server too) */
  command?: string[];
  folders: string[];
  settings?: Record<string, unknown>;
  /** settings for other sections (yaml-language-server's `yaml`) */
  extraSettings?: Record<string, unknown>;
  capabilities?: Record<string, unknown>;
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  /** uri -> every publish, in order */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly notifications: { method: string; params: unknown }[] = [];
  private waiters: (() => void)[] = [];
  settings: Record<string, unknown>;
  stderr = '';
  readonly versions = new Map<string, number>();
  readonly texts = new Map<string, string>();
  /** workspace/configuration requests served, by section */
  readonly configRequests: string[] = [];

  constructor(readonly options: ClientOptions) {
    const cmd = options.command ?? [process.execPath, SERVER, '--stdio'];
    this.proc = spawn(cmd[0], cmd.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.settings = options.settings ?? {};
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.wake();
    });
    this.conn.onNotification((method: string, params: unknown) => {
      this.notifications.push({ method, params });
      this.wake();
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (this.configRequests.push(i.section ?? ''), setImmediate(() => this.wake()), i)).map((i) => (i.section === 'sandboxGuard' ? this.settings : i.section ? (options.extraSettings ?? {})[i.section] ?? null : null)));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('client/unregisterCapability', () => null);
    // vscode-jsonrpc routes $/progress to per-token handlers, not to the catch-all notification handler
    this.conn.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.conn.onProgress(WorkDoneProgress.type, p.token, (value) => {
        this.notifications.push({ method: '$/progress', params: { token: p.token, value } });
        this.wake();
      });
      return null;
    });
    this.conn.onRequest('window/showDocument', () => ({ success: true }));
    this.conn.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  async initialize(): Promise<unknown> {
    const folders = this.options.folders.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) }));
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders,
      capabilities: this.options.capabilities ?? clientCapabilities(),
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Waits until `pred` holds (checked after every notification); rejects after `ms`. */
  waitFor<T>(pred: () => T | undefined | false, ms = 10000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
      const check = () => {
        const v = pred();
        if (v) {
          clearTimeout(timer);
          resolve(v);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  lastPublish(uri: string): PublishDiagnosticsParams | undefined {
    const l = this.published.get(uri);
    return l?.[l.length - 1];
  }

  /** Diagnostics published for exactly this version of the document. */
  diagnosticsFor(uri: string, version?: number, ms?: number): Promise<Diagnostic[]> {
    const v = version ?? this.versions.get(uri);
    return this.waitFor(() => {
      const p = this.published.get(uri)?.find((x) => x.version === v);
      return p?.diagnostics;
    }, ms, `diagnostics of ${uri} v${v}`);
  }

  open(file: string, text: string, languageId = 'yaml'): string {
    const uri = pathToFileURL(file).href;
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text (as a range edit, like an editor sends). */
  change(uri: string, text: string): number {
    const old = TextDocument.create(uri, 'yaml', 0, this.texts.get(uri) ?? '');
    const v = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, v);
    this.texts.set(uri, text);
    void this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: old.positionAt(old.getText().length) }, text }],
    });
    return v;
  }

  /** Sends an incremental edit (range + text) and updates the local copy. */
  edit(uri: string, edit: TextEdit): number {
    const doc = TextDocument.create(uri, 'yaml', 0, this.texts.get(uri) ?? '');
    const next = applyTextEdits(doc.getText(), [edit]);
    const v = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, v);
    this.texts.set(uri, next);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: edit.range, text: edit.newText }] });
    return v;
  }

  close(uri: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise((r) => setTimeout(r, 50));
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

/** What the tests announce (VS Code's set, minus lazy resolution unless asked for). */
export function clientCapabilities(resolve = false): Record<string, unknown> {
  return {
    workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
    window: { workDoneProgress: true, showDocument: { support: true } },
    textDocument: {
      completion: { completionItem: { snippetSupport: true, ...(resolve ? { resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } } : {}) } },
      publishDiagnostics: { versionSupport: true, relatedInformation: true },
    },
  };
}

/** Applies LSP text edits to a text (positions in UTF-16, like the editor). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const doc = TextDocument.create('file:///x', 'yaml', 0, text);
  return TextDocument.applyEdits(doc, edits);
}

/** Applies a WorkspaceEdit's edits for one uri (documentChanges or changes). */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits: TextEdit[] = [];
  for (const dc of edit.documentChanges ?? []) if ('textDocument' in dc && dc.textDocument.uri === uri) edits.push(...dc.edits.filter((e): e is TextEdit => 'range' in e));
  edits.push(...(edit.changes?.[uri] ?? []));
  return applyTextEdits(text, edits);
}

export function tempWorkspace(files: Record<string, string>): string {
  const dir = freshTempDir('sg-lsp-');
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}

export function ensureBuilt(): void {
  // tests run the bundled server, exactly what users run; build it when missing or older than the sources
  const src = path.join(ROOT, 'server/src');
  const newest = (dir: string): number => fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }, 0);
  if (!fs.existsSync(SERVER) || fs.statSync(SERVER).mtimeMs < newest(src)) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  }
}

/** Applies a WorkspaceEdit's file creations and edits of other files to the disk (what the editor does); returns the paths written. */
export function applyToDisk(edit: WorkspaceEdit, exceptUri: string): string[] {
  const written: string[] = [];
  for (const dc of edit.documentChanges ?? []) {
    if ('kind' in dc && dc.kind === 'create') {
      const p = fileURLToPath(dc.uri);
      if (!fs.existsSync(p)) fs.writeFileSync(p, '');
      written.push(p);
    } else if ('textDocument' in dc && dc.textDocument.uri !== exceptUri) {
      const p = fileURLToPath(dc.textDocument.uri);
      const text = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
      fs.writeFileSync(p, applyTextEdits(text, dc.edits.filter((e): e is TextEdit => 'range' in e)));
      if (!written.includes(p)) written.push(p);
    }
  }
  return written;
}

/** One server for a test file: built, started on a fresh workspace of `files` before the tests, shut down after. */
export function serverForSuite(files: Record<string, string>, ready: (ws: string, client: TestClient) => void): void {
  let client: TestClient | undefined;
  before(async () => {
    ensureBuilt();
    const ws = tempWorkspace(files);
    client = new TestClient({ folders: [ws] });
    await client.initialize();
    ready(ws, client);
  });
  after(() => client?.shutdown());
}
