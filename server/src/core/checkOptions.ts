// What a check of one text may be told: path, kind, policy, overrides, other files, the editor's parse cache.
import type { ParseCache } from './incrementalParse.js';
import type { Policy } from './policy.js';
import type { FileKind, SeverityOrOff } from './types.js';
import type { WorkspaceView } from './workspace.js';

export interface CheckOptions {
  path?: string;
  kind?: FileKind;
  policy?: Policy;
  /** CLI flags / editor settings, applied over the policy's `rules` */
  overrides?: Record<string, SeverityOrOff>;
  /** keep suppressed findings in `suppressed` (for `--report-suppressions`) */
  reportSuppressions?: boolean;
  /** other files (AGENTS.md <-> task configs) for cross-file rules */
  workspace?: WorkspaceView;
  /** the editor's per-document cache of parsed top-level blocks (same results, faster re-checks) */
  parseCache?: ParseCache;
}
