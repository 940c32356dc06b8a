import type { CatalogIndex } from '../../catalog/catalog.js';
import type { Policy } from '../../core/policy.js';
import type { LineIndex } from '../../core/lineIndex.js';
import type { TaskDoc } from './taskModel.js';
import type { Rule } from '../../core/types.js';
import type { WorkspaceView } from '../../core/workspace.js';
import type { YamlProblem } from '../../core/yamlSource.js';

/** What a task-config rule sees: the text, every document's model, the catalog and the policy. */
export interface TaskContext {
  text: string;
  path?: string;
  lines: LineIndex;
  docs: TaskDoc[];
  catalog: CatalogIndex;
  policy: Policy;
  /** parser problems (syntax errors, duplicate keys, tabs, alias bombs, unsafe input) */
  problems: YamlProblem[];
  /** other files, for cross-file rules (AGENTS.md <-> task configs); absent when checking one file alone */
  workspace?: WorkspaceView;
}

export type TaskRule = Rule<TaskContext>;
