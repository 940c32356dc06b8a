import type { RuleMeta } from '../../../core/types.js';

export const claudeSandboxDisabledMeta: RuleMeta = {
  id: 'SG601',
  name: 'claude-sandbox-disabled',
  severity: 'error',
  kind: 'claude',
  docs: {
    summary: "Claude Code's sandbox is not enabled: `sandbox.enabled` is missing or not `true` in `.claude/settings.json` or `managed-settings.json`.",
    why: "Without `sandbox.enabled: true` the agent's Bash commands run with the user's full network and filesystem access: `allowedDomains`, `deniedDomains` and credential rules in the file restrict nothing. (`.claude/settings.local.json` is not reported for a missing key: the project file decides.)",
    fix: "Set `\"sandbox\": { \"enabled\": true }` (the quick fix does). Claude Code's sandbox covers the Bash tool only: WebFetch and MCP tools are governed by `permissions`, not by the sandbox.",
    bad: "{\n  \"sandbox\": {\n    \"enabled\": false,\n    \"network\": { \"allowedDomains\": [\"api.staging.example.com\"] }\n  }\n}",
    good: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"allowUnsandboxedCommands\": false,\n    \"failIfUnavailable\": true,\n    \"network\": { \"allowedDomains\": [\"api.staging.example.com\"] }\n  }\n}",
  },
};
