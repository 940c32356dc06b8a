import type { RuleMeta } from '../../../core/types.js';

export const codexNeverApproveMeta: RuleMeta = {
  id: 'SG629',
  name: 'codex-never-approve',
  severity: 'warning',
  kind: 'codex',
  docs: {
    summary: '`approval_policy = "never"` together with no sandbox (`danger-full-access`, an error) or unrestricted network (`network_access = true` without the proxy): nothing stops or asks about a command.',
    why: 'With `never`, Codex runs every command without asking. Codex\'s own flag for that combination with no sandbox is `--dangerously-bypass-approvals-and-sandbox`, meant only for an externally hardened environment. Combined with full network access, a command that reaches production is neither blocked nor shown to anyone first.',
    fix: 'Use `approval_policy = "on-request"` (or `"untrusted"`), or keep `never` only with a sandbox whose network is limited to staging hosts through the proxy.',
    bad: 'approval_policy = "never"\nsandbox_mode = "danger-full-access"',
    good: 'approval_policy = "on-request"\nsandbox_mode = "workspace-write"',
  },
};
