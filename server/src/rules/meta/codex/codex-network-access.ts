import type { RuleMeta } from '../../../core/types.js';

export const codexNetworkAccessMeta: RuleMeta = {
  id: 'SG623',
  name: 'codex-network-access',
  severity: 'error',
  kind: 'codex',
  docs: {
    summary: '`[sandbox_workspace_write] network_access = true` without the network proxy: one switch that lets sandboxed commands reach every host.',
    why: '`network_access` is a single switch for all egress. Without `features.network_proxy` there is no allowlist behind it, so a command can call production APIs as easily as staging ones.',
    fix: 'Turn `network_access` off, or keep it and turn on `features.network_proxy` with a `domains` table that allows only the staging hosts.',
    bad: '[sandbox_workspace_write]\nnetwork_access = true',
    good: '[sandbox_workspace_write]\nnetwork_access = true\n\n[features.network_proxy]\nenabled = true\n\n[features.network_proxy.domains]\n"api.staging.example.com" = "allow"',
  },
};
