// What an agent-settings rule sees: the file's settings model (any format), the catalog, the policy and,
// for cross-file rules, the workspace.
import type { CatalogIndex } from '../../catalog/catalog.js';
import type { LineIndex } from '../../core/lineIndex.js';
import type { Policy } from '../../core/policy.js';
import type { Rule } from '../../core/types.js';
import type { WorkspaceView } from '../../core/workspace.js';
import type { SettingsModel } from './model.js';

export interface SettingsContext {
  text: string;
  path?: string;
  lines: LineIndex;
  model: SettingsModel;
  catalog: CatalogIndex;
  policy: Policy;
  workspace?: WorkspaceView;
}

export type SettingsRule = Rule<SettingsContext>;
