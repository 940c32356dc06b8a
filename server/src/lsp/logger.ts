// Logging to the client's output channel. Errors are reported once per distinct message (a broken
// document must not flood the log), and nothing from a document's text is ever logged.
import type { Connection } from 'vscode-languageserver';
import { redactText } from '../secrets/redactText.js';

export class Logger {
  private readonly seen = new Set<string>();
  verbose = false;

  constructor(private readonly connection: Connection) {}

  info(message: string): void {
    if (this.verbose) this.connection.console.info(redactText(message));
  }

  /** A line the user should always find in the output channel (start-up, workspace checks): paths and counts only. */
  always(message: string): void {
    this.connection.console.log(redactText(message));
  }

  /** Always logged (not only when verbose): something the user should be able to find out about. */
  warn(message: string): void {
    this.connection.console.warn(`Sandbox Guard ${message}`);
  }

  /** Logs an error the first time it is seen; `where` names the handler (e.g. "hover"). */
  error(where: string, e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    // cap the length: an exception message could quote part of a huge document
    const key = `${where}: ${message.slice(0, 200)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const stack = e instanceof Error && e.stack ? `\n${e.stack.split('\n').slice(1, 6).join('\n')}` : '';
    this.connection.console.error(redactText(`Sandbox Guard ${key}${stack}`));
  }

  /** Runs `fn`, logging (once) and returning `fallback` when it throws. */
  guard<T>(where: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      this.error(where, e);
      return fallback;
    }
  }
}
