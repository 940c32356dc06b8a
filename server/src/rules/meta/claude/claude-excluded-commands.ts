import type { RuleMeta } from '../../../core/types.js';

export const claudeExcludedCommandsMeta: RuleMeta = {
  id: 'SG603',
  name: 'claude-excluded-commands',
  severity: 'warning',
  kind: 'claude',
  docs: {
    summary: "A command is listed in `sandbox.excludedCommands`: it always runs outside the sandbox.",
    why: "Excluded commands run with the user's full network and filesystem access, whatever `allowedDomains` says. `docker`, `kubectl`, `gh` or a deploy script there reaches production directly.",
    fix: "Remove the entry and allow what the command needs in `sandbox.network.allowedDomains` instead; keep an exclusion only for a command that cannot reach the network (and say why in a comment).",
    bad: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"allowUnsandboxedCommands\": false,\n    \"failIfUnavailable\": true,\n    \"excludedCommands\": [\"docker\"]\n  }\n}",
    good: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"allowUnsandboxedCommands\": false,\n    \"failIfUnavailable\": true,\n    \"excludedCommands\": []\n  }\n}",
  },
};
