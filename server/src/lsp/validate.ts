// Validation of open documents: immediate (the check is cheap), coalesced over bursts of changes,
// and versioned (a result is only published while its version is still the document's).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusNotification, type StatusParams } from '../../../common/protocol.js';
import { toDiagnostics } from './diagnostics.js';
import { uriToPath, enginePath } from './paths.js';
import type { CheckRecord, ServerState } from './state.js';

/**
 * How long a validation may wait for a burst of changes to end before checking anyway (so that a
 * never-ending stream still gets feedback). Measured between event-loop turns, no timer: a single
 * edit is checked on the next turn.
 */
const MAX_WAIT_MS = 500;

export class Validator {
  private readonly scheduled = new Map<string, { seen: number; since: number }>();
  /** validations started and not finished (they await settings before checking) */
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly state: ServerState) {}

  /**
   * Validates on the next turn of the event loop. vscode-jsonrpc handles one queued message per turn,
   * so while didChange messages keep arriving the check waits (while the version changes from one turn
   * to the next, up to MAX_WAIT_MS) and then runs once on the latest text: a burst publishes its last
   * version, not every tenth one on the way. A single edit is checked right away.
   */
  schedule(doc: TextDocument): void {
    const entry = this.scheduled.get(doc.uri);
    if (entry) return;
    this.scheduled.set(doc.uri, { seen: doc.version, since: performance.now() });
    setImmediate(() => this.tick(doc.uri));
  }

  private tick(uri: string): void {
    const entry = this.scheduled.get(uri);
    const doc = this.state.documents.get(uri);
    if (!entry) return;
    if (!doc) {
      this.scheduled.delete(uri);
      this.settle();
      return;
    }
    if (doc.version !== entry.seen && performance.now() - entry.since < MAX_WAIT_MS) {
      entry.seen = doc.version;
      setImmediate(() => this.tick(uri));
      return;
    }
    this.scheduled.delete(uri);
    void this.validate(doc);
  }

  /** No document validation scheduled or running: background work (the workspace check) goes on. */
  get idle(): boolean {
    return this.inFlight === 0 && this.scheduled.size === 0;
  }

  /** Resolves once the open documents' pending validations are done (at once when there are none). */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private settle(): void {
    if (!this.idle || !this.idleWaiters.length) return;
    const w = this.idleWaiters;
    this.idleWaiters = [];
    for (const f of w) f();
  }

  /** Checks a document now and publishes its diagnostics if the document has not changed meanwhile. */
  async validate(doc: TextDocument): Promise<CheckRecord | undefined> {
    this.inFlight++;
    try {
      return await this.validateNow(doc);
    } finally {
      this.inFlight--;
      this.settle();
    }
  }

  private async validateNow(doc: TextDocument): Promise<CheckRecord | undefined> {
    const { state } = this;
    try {
      const settings = await state.settingsFor(doc.uri);
      const current = state.documents.get(doc.uri);
      if (!current || current.version !== doc.version) return undefined; // a newer version is on its way
      const p = uriToPath(doc.uri) ?? enginePath(doc.uri);
      const kind = state.kindOf(p, state.policyFor(p, settings), settings, doc.languageId);
      if (!kind || !settings.enable) {
        // clear what was shown before (settings changed); files that were never ours get nothing
        if (state.results.has(p)) this.clear(doc.uri, doc.version);
        return undefined;
      }
      const rec = state.check(doc.uri, doc.getText(), doc.version, kind, settings);
      if (state.documents.get(doc.uri)?.version !== doc.version) return undefined;
      void state.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(rec) });
      void state.connection.sendNotification(StatusNotification, { uri: doc.uri, ms: Math.round(rec.ms * 100) / 100, findings: rec.findings.length } satisfies StatusParams);
      return rec;
    } catch (e) {
      state.log.error('validate', e);
      return undefined;
    }
  }

  clear(uri: string, version?: number): void {
    const p = uriToPath(uri);
    if (p) this.state.results.delete(p);
    void this.state.connection.sendDiagnostics({ uri, version, diagnostics: [] });
  }

  /** Re-validates every open document (settings or policy changed). */
  validateAll(): void {
    for (const d of this.state.documents.all()) this.schedule(d);
  }
}
