import type { RuleMeta } from '../../../core/types.js';

export const codexProfilesIgnoredMeta: RuleMeta = {
  id: 'SG625',
  name: 'codex-profiles-ignored',
  severity: 'warning',
  kind: 'codex',
  docs: {
    summary: '`sandbox_mode` is set beside `default_permissions` or `[permissions.*]`: Codex then uses the legacy sandbox settings and ignores the permission profiles.',
    why: 'Codex documents that if `sandbox_mode` appears in any loaded config layer (or `--sandbox` is passed, or the selected profile sets it), it uses the legacy sandbox and not `default_permissions`. The profile\'s domain rules, limited mode and filesystem rules that a reviewer reads do not apply.',
    fix: 'Remove `sandbox_mode` (and `[sandbox_workspace_write]`) from this file, from the other config layers and from launch scripts that pass `--sandbox`; keep only `default_permissions` and `[permissions]`.',
    bad: 'sandbox_mode = "workspace-write"\ndefault_permissions = "staging"\n\n[permissions.staging.network]\nmode = "limited"',
    good: 'default_permissions = "staging"\n\n[permissions.staging.network]\nmode = "limited"',
  },
};
