// The workspace check: every task config, policy file and AGENTS.md in every workspace folder, not
// only open files, one file per turn of the event loop, paused while open documents wait for diagnostics.
import fs from 'node:fs';
import path from 'node:path';
import type { CancellationToken } from 'vscode-languageserver';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { FileKind } from '../core/types.js';
import { toDiagnostics } from './diagnostics.js';
import { extractHosts } from './hostIndex.js';
import { pathToUri } from './paths.js';
import { readTextFile } from '../core/readFile.js';
import type { ServerState } from './state.js';
import type { Validator } from './validate.js';

const BATCH = 50;
/** Show a progress notification above this many files. */
const PROGRESS_FROM = 100;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const MAX_DEPTH = 40;

export interface WorkspaceCheckResult {
  files: number;
  findings: number;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceChecker {
  private generation = 0;
  private running?: Promise<WorkspaceCheckResult>;
  private pending?: Promise<WorkspaceCheckResult>;

  constructor(private readonly state: ServerState, private readonly validator: Validator) {}

  /** Runs a check; requests while one runs share one more run afterwards (coalesced, never a loop). */
  request(token?: CancellationToken): Promise<WorkspaceCheckResult> {
    if (!this.running) return this.start(token);
    this.pending ??= this.running.then(() => {
      this.pending = undefined;
      return this.start(token);
    });
    return this.pending;
  }

  private start(token?: CancellationToken): Promise<WorkspaceCheckResult> {
    const run = this.run(token).catch((e) => {
      this.state.log.error('workspace check', e);
      return { files: 0, findings: 0 };
    });
    this.running = run;
    // registered before any pending continuation, so a pending run sees `running` cleared
    void run.then(() => {
      if (this.running === run) this.running = undefined;
    });
    return run;
  }

  private async run(token?: CancellationToken): Promise<WorkspaceCheckResult> {
    const { state } = this;
    const gen = ++this.generation;
    const started = Date.now();
    const stopped = () => gen !== this.generation || !!token?.isCancellationRequested;
    const found = new Map<string, { uri: string; kind: FileKind }>();
    for (const folder of state.folders) {
      const settings = await state.settingsFor(folder.uri);
      if (!settings.enable) continue;
      await this.walk(folder.path, 0, (p) => {
        const kind = state.kindOf(p, state.policyFor(p, settings), settings);
        if (kind) found.set(p, { uri: pathToUri(p), kind });
      }, stopped);
      if (stopped()) return { files: 0, findings: 0 };
    }
    // files gone since the last walk lose their diagnostics (unless open)
    for (const [p, f] of state.workspaceFiles) {
      if (!found.has(p) && !state.openDocumentByPath(p)) {
        state.results.delete(p);
        state.workspaceHosts.delete(p);
        void state.connection.sendDiagnostics({ uri: f.uri, diagnostics: [] });
      }
    }
    state.workspaceFiles = found;

    let progress: WorkDoneProgressServerReporter | undefined;
    if (found.size > PROGRESS_FROM && state.caps.workDoneProgress) {
      progress = await state.connection.window.createWorkDoneProgress().catch(() => undefined);
      progress?.begin('Sandbox Guard', 0, `Checking ${found.size} files`, true);
    }
    let files = 0;
    let findings = 0;
    const entries = [...found];
    try {
      for (let i = 0; i < entries.length; i++) {
        // one file per turn, and only when no open document waits for its diagnostics: the document
        // in front of the user never queues behind the workspace (a change arriving meanwhile pauses
        // the loop here, which resumes with the next file once the document is published)
        await this.yieldToDocuments();
        if (stopped() || progress?.token.isCancellationRequested) break;
        const [p, f] = entries[i];
        findings += await this.checkFile(p, f.uri, f.kind, true);
        files++;
        if ((i + 1) % BATCH === 0 || i + 1 === entries.length) progress?.report(Math.round((100 * (i + 1)) / entries.length), `${i + 1} / ${entries.length} files`);
      }
    } finally {
      progress?.done();
    }
    const policies = entries.filter(([, f]) => f.kind === 'policy').map(([p]) => p);
    const partial = files < entries.length ? ` (stopped after ${files} of ${entries.length}: a newer check replaced it)` : '';
    state.log.always(`Workspace check: ${files} files, ${findings} findings in ${Date.now() - started} ms${partial}; policy files: ${policies.join(', ') || 'none'}`);
    return { files, findings };
  }

  private async yieldToDocuments(): Promise<void> {
    do {
      await turn();
      await this.validator.whenIdle();
    } while (!this.validator.idle);
  }

  /**
   * Checks one workspace file: an open one through the validator (its version), else the disk text.
   * The workspace check itself (`fromWalk`) leaves an open document to the validator when its current
   * version is already checked, so opening a file never costs a second check.
   */
  async checkFile(p: string, uri: string, kind: FileKind, fromWalk = false): Promise<number> {
    const { state } = this;
    const open = state.openDocumentByPath(p);
    if (open) {
      const done = state.results.get(p);
      if (fromWalk && done && done.uri === open.uri && done.version === open.version) return done.findings.length;
      const rec = await this.validator.validate(open);
      return rec?.findings.length ?? 0;
    }
    // the strict reader, as in the CLI: a file it refuses gets SG000, not a lossy check
    const read = readTextFile(p);
    const text = read.ok ? read.text : read.text ?? '';
    const settings = await state.settingsFor(uri);
    if (state.openDocumentByPath(p)) return 0; // opened meanwhile: the open document is the truth
    const rec = state.check(uri, text, undefined, kind, settings, read);
    if (kind === 'task' && read.ok) state.workspaceHosts.set(p, extractHosts(text));
    void state.connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(rec) });
    return rec.findings.length;
  }

  /** Walks a folder (skipping node_modules, VCS folders and symlinked folders), yielding every 200 entries. */
  private async walk(dir: string, depth: number, visit: (p: string) => void, stopped: () => boolean): Promise<void> {
    if (depth > MAX_DEPTH || stopped()) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    let n = 0;
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await this.walk(p, depth + 1, visit, stopped);
      } else if (e.isFile()) visit(p);
      if (++n % 200 === 0) await turn();
    }
  }
}
