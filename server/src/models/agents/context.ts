// What an instruction-file rule (AGENTS.md, CLAUDE.md, …) sees: the text, its analysis, the catalog, the policy and (for cross-file rules) the workspace.
import type { CatalogIndex } from '../../catalog/catalog.js';
import type { LineIndex } from '../../core/lineIndex.js';
import type { Rule } from '../../core/types.js';
import type { WorkspaceView } from '../../core/workspace.js';
import type { Policy } from '../../core/policy.js';
import type { AgentsAnalysis } from './analyze.js';

export interface AgentsContext {
  text: string;
  path?: string;
  /** the file's name as the agent knows it (`AGENTS.md`, `CLAUDE.md`, `.github/copilot-instructions.md`): messages say this */
  file: string;
  lines: LineIndex;
  catalog: CatalogIndex;
  policy: Policy;
  workspace?: WorkspaceView;
  a: AgentsAnalysis;
}

export type AgentsRule = Rule<AgentsContext>;
