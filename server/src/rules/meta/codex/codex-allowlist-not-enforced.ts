import type { RuleMeta } from '../../../core/types.js';

export const codexAllowlistNotEnforcedMeta: RuleMeta = {
  id: 'SG624',
  name: 'codex-allowlist-not-enforced',
  severity: 'warning',
  kind: 'codex',
  docs: {
    summary: 'A permission profile has domain rules, but nothing starts the proxy that enforces them: neither `features.network_proxy` nor an enabled `[experimental_network]` requirement (an error when the profile turns the network on).',
    why: 'Codex documents it: `network.enabled = true` lets commands use the network but does not start the network proxy, and without a running proxy the profile\'s domain rules do not restrict direct network access. The allowlist a reviewer approves is then decoration, and every host — production included — is reachable.',
    fix: 'Set `features.network_proxy = true` in the same config (or have the admin enable `[experimental_network]` in `requirements.toml`). `.codex/config.toml` is loaded only for trusted projects: make sure the project is trusted, or put the setting in the user or managed config.',
    bad: 'default_permissions = "staging"\n\n[permissions.staging.network]\nenabled = true\n\n[permissions.staging.network.domains]\n"api.staging.example.com" = "allow"',
    good: 'default_permissions = "staging"\n\n[features]\nnetwork_proxy = true\n\n[permissions.staging.network]\nenabled = true\n\n[permissions.staging.network.domains]\n"api.staging.example.com" = "allow"',
  },
};
