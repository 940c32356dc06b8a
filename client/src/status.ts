// Language status item: how long the server took to check the active file, with a link to the output.
import * as vscode from 'vscode';
import type { StatusParams } from './protocol.js';
import type { DocumentSelector } from 'vscode';

export class CheckStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subs: vscode.Disposable[] = [];

  constructor(selector: DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('sandboxGuard.status', selector);
    this.item.name = 'Sandbox Guard';
    this.item.command = { title: 'Show Output', command: 'sandboxGuard.showOutput', tooltip: 'Show the Sandbox Guard output' };
    this.subs.push(vscode.window.onDidChangeActiveTextEditor(() => this.render()));
    this.subs.push(vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())));
    this.render();
  }

  /** called for every `sandboxGuard/status` notification */
  update(p: StatusParams): void {
    this.byUri.set(normalize(p.uri), p);
    this.render();
  }

  /** what the item shows for a document (exposed for tests) */
  statusOf(uri: vscode.Uri): StatusParams | undefined {
    return this.byUri.get(normalize(uri.toString()));
  }

  get text(): string { return this.item.text; }
  get detail(): string | undefined { return this.item.detail; }

  setStopped(message: string | undefined): void {
    this.item.severity = message ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    if (message) { this.item.text = '$(warning) Sandbox Guard'; this.item.detail = message; } else this.render();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const s = uri && this.statusOf(uri);
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    if (!s) {
      this.item.text = '$(shield) Sandbox Guard';
      this.item.detail = 'waiting for the first check';
      return;
    }
    const n = s.findings;
    this.item.text = `$(shield) Sandbox Guard: ${formatMs(s.ms)}`;
    this.item.detail = `checked in ${formatMs(s.ms)} · ${n === 0 ? 'no findings' : n === 1 ? '1 finding' : `${n} findings`}`;
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.subs) d.dispose();
  }
}

function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** The server and VS Code may encode the same file URI differently (e.g. `%3A` vs `:`). */
function normalize(uri: string): string {
  try { return vscode.Uri.parse(uri).toString(); } catch { return uri; }
}
