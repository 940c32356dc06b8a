// Cross-file findings follow edits: an edited instruction file (AGENTS.md, CLAUDE.md, …) re-checks the task
// configs it governs and the other instruction files of its folder (precedence decides which of them governs),
// and an edited task config re-checks its governing instruction file (SG501/SG502/SG503 read the other file's open text).
// Open dependents go through the validator; the others are re-checked from disk in batches, and a newer
// edit cancels an older refresh (typing in a root AGENTS.md does not queue one refresh per keystroke).
import path from 'node:path';
import { governingAgentsPath } from '../models/agents/governance.js';
import { instructionFolderOf } from '../models/agents/instructionFiles.js';
import type { FileKind } from '../core/types.js';
import { pathToUri, uriToPath } from './paths.js';
import type { ServerState } from './state.js';
import type { Validator } from './validate.js';
import type { WorkspaceChecker } from './workspaceCheck.js';

const BATCH = 50;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class CrossFileRefresher {
  private readonly changed = new Set<string>();
  private generation = 0;
  private scheduled = false;

  constructor(private readonly state: ServerState, private readonly validator: Validator, private readonly workspace: WorkspaceChecker) {}

  /** A document's text changed: refresh the files whose cross-file findings depend on it (coalesced per turn). */
  documentChanged(uri: string): void {
    const p = uriToPath(uri);
    if (!p) return;
    this.changed.add(p);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.refresh().catch((e) => this.state.log.error('cross-file refresh', e));
    });
  }

  private async refresh(): Promise<void> {
    const gen = ++this.generation;
    const targets = new Set<string>();
    for (const p of this.changed) for (const d of this.dependentsOf(p)) if (!this.changed.has(d)) targets.add(d);
    this.changed.clear();
    let n = 0;
    for (const p of targets) {
      if (gen !== this.generation) return;
      const open = this.state.openDocumentByPath(p);
      if (open) {
        this.validator.schedule(open);
        continue;
      }
      const kind = this.kindOf(p);
      if (kind) await this.workspace.checkFile(p, pathToUri(p), kind);
      if (++n % BATCH === 0) await turn();
    }
  }

  private kindOf(p: string): FileKind | undefined {
    return this.state.results.get(p)?.kind ?? this.state.workspaceFiles.get(p)?.kind;
  }

  /** An instruction file's governed task configs and its siblings; a task config's governing instruction file. */
  private dependentsOf(p: string): string[] {
    const kind = this.kindOf(p);
    const view = this.state.workspaceView();
    if (kind === 'task') {
      const a = governingAgentsPath(p, view);
      return a && this.kindOf(a) === 'agents' ? [a] : [];
    }
    if (kind !== 'agents') return [];
    const me = path.normalize(p);
    // an AGENTS.override.md appearing beside AGENTS.md takes its configs: AGENTS.md's own findings change too
    const folder = instructionFolderOf(me);
    const known = new Set([...this.state.results.keys(), ...this.state.workspaceFiles.keys()]);
    const siblings = [...known].filter((k) => k !== p && this.kindOf(k) === 'agents' && instructionFolderOf(path.normalize(k)) === folder);
    // Copilot's setup steps read the instruction files Copilot reads (SG503 on their allow list)
    const copilot = [...known].filter((k) => this.kindOf(k) === 'copilot' && governingAgentsPath(k, view, 'copilot') === me);
    return [...view.taskConfigPaths().filter((c) => governingAgentsPath(c, view) === me), ...siblings, ...copilot];
  }
}
