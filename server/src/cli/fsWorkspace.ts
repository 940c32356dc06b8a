// The CLI's WorkspaceView: the file system, with an overlay of texts changed by --fix (so re-checks
// and dry runs see the fixed text before anything is written).
import path from 'node:path';
import type { WorkspaceView } from '../core/workspace.js';
import { discover } from './discover.js';
import type { PolicyFor } from './policy.js';
import { readTextFile } from '../core/readFile.js';

export class FsWorkspace implements WorkspaceView {
  /** absolute path -> current text (fixed, not yet written) */
  readonly overlay = new Map<string, string>();
  private tasks?: string[];

  constructor(private readonly rootList: string[], private readonly policyFor: PolicyFor) {}

  readText(p: string): string | undefined {
    const abs = path.resolve(p);
    const o = this.overlay.get(abs);
    if (o !== undefined) return o;
    const r = readTextFile(abs);
    return r.ok ? r.text : undefined;
  }

  taskConfigPaths(): string[] {
    // computed on first use: only cross-file rules need the whole workspace
    this.tasks ??= discover(this.rootList, '/', this.policyFor).filter((t) => t.kind === 'task' && !t.directory).map((t) => t.path);
    return this.tasks;
  }

  roots(): string[] {
    return this.rootList;
  }
}
