// How many crashes the client restarts the server after: pure (no vscode), so it is unit-tested.

/** The crash that stops the restarts: the 5th within the window (like vscode-languageclient's default). */
export const MAX_CRASHES = 5;
export const WINDOW_MS = 180_000;

export class RestartBudget {
  private recent: number[] = [];

  constructor(readonly max = MAX_CRASHES, readonly windowMs = WINDOW_MS) {}

  /** Records a crash at `now`; true when the server may be restarted (fewer than `max` crashes in the window). */
  crashed(now: number): boolean {
    this.recent = [...this.recent.filter((t) => now - t < this.windowMs), now];
    return this.recent.length < this.max;
  }

  /** Crashes within the window, as of the last one recorded. */
  get count(): number {
    return this.recent.length;
  }

  /** A manual restart starts a fresh budget. */
  reset(): void {
    this.recent = [];
  }

  /** The give-up message, from the same numbers as the count. */
  giveUpMessage(): string {
    return `Sandbox Guard: the language server crashed ${this.count} times in ${Math.round(this.windowMs / 60_000)} minutes and will not be restarted. Use "Sandbox Guard: Restart Server" after checking the output.`;
  }
}
