// An in-memory workspace for cross-file rules (AGENTS.md <-> task configs).
import type { WorkspaceView } from '../../server/src/core/workspace.js';

/** An in-memory workspace: absolute paths -> text. */
export function memoryWorkspace(files: Record<string, string>, roots = ['/ws']): WorkspaceView & { files: Record<string, string> } {
  return {
    files,
    readText: (p) => files[p],
    taskConfigPaths: () => Object.keys(files).filter((p) => /\.sandbox\.ya?ml$/.test(p)).sort(),
    roots: () => roots,
  };
}
