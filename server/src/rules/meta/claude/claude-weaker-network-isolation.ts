import type { RuleMeta } from '../../../core/types.js';

export const claudeWeakerNetworkIsolationMeta: RuleMeta = {
  id: 'SG605',
  name: 'claude-weaker-network-isolation',
  severity: 'warning',
  kind: 'claude',
  docs: {
    summary: "`sandbox.enableWeakerNetworkIsolation` is `true`: the sandbox's network isolation is weakened.",
    why: "Claude Code documents this switch as lowering the sandbox's network isolation for tools that need system network services; what the sandbox lets through is then no longer only what `allowedDomains` says.",
    fix: "Remove the key (or set it to `false`); run the tool that needed it outside the agent's sandbox, in a reviewed step.",
    bad: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"allowUnsandboxedCommands\": false,\n    \"failIfUnavailable\": true,\n    \"enableWeakerNetworkIsolation\": true\n  }\n}",
    good: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"allowUnsandboxedCommands\": false,\n    \"failIfUnavailable\": true\n  }\n}",
  },
};
