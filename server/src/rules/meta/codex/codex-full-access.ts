import type { RuleMeta } from '../../../core/types.js';

export const codexFullAccessMeta: RuleMeta = {
  id: 'SG622',
  name: 'codex-full-access',
  severity: 'error',
  kind: 'codex',
  docs: {
    summary: 'Codex runs commands without a sandbox: `sandbox_mode = "danger-full-access"` or `default_permissions = ":danger-full-access"` (top level or a profile).',
    why: 'Without the sandbox, commands Codex runs reach every host on the network and every file the user can read — production APIs, cloud credentials in `~/.aws`, live keys in the shell. Nothing in the config then keeps the agent on staging.',
    fix: 'Use `sandbox_mode = "workspace-write"` (or a permission profile) and allow the staging hosts the work needs through the network proxy.',
    bad: 'sandbox_mode = "danger-full-access"',
    good: 'sandbox_mode = "workspace-write"',
  },
};
