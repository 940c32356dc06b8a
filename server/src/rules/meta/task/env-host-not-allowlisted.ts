import type { RuleMeta } from '../../../core/types.js';

export const envHostNotAllowlistedMeta: RuleMeta = {
  id: 'SG302',
  name: 'env-host-not-allowlisted',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'An `env` endpoint\'s host is not in `network.allowlist` or `allowlist_additions`.',
    why: 'Egress is default-deny: a call to a host that is not allowlisted fails (DNS answers NXDOMAIN). The task breaks at its first request, and the usual reaction — widening the allowlist under time pressure — is how wildcards and production hosts get in.',
    fix: 'Add the staging host to `network.allowlist` (with a comment saying why), or point the variable at a host that is already allowed. `*.x.y` entries allow every subdomain of `x.y`. Production hosts are reported by production-env-endpoint instead: swap them, do not allowlist them.',
    bad: 'network:\n  allowlist: [api.staging.example.com]\nenv:\n  FILES_URL: https://files.staging.example.com',
    good: 'network:\n  allowlist: [api.staging.example.com, files.staging.example.com]\nenv:\n  FILES_URL: https://files.staging.example.com',
  },
};
