/** Read access to other files, for cross-file rules (AGENTS.md <-> task configs).
 * The CLI backs it with the file system, the language server with open documents first. */
export interface WorkspaceView {
  /** text of a file, or undefined when it does not exist or cannot be read */
  readText(path: string): string | undefined;
  /** task configs known in the workspace (absolute paths) */
  taskConfigPaths(): string[];
  /** the workspace roots: AGENTS.md lookup stops at them */
  roots(): string[];
}
