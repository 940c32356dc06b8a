import type { RuleMeta } from '../../../core/types.js';

export const claudeSandboxFallbackMeta: RuleMeta = {
  id: 'SG606',
  name: 'claude-sandbox-fallback',
  severity: 'warning',
  kind: 'claude',
  docs: {
    summary: "The sandbox is enabled but `sandbox.failIfUnavailable` is not `true`: where the sandbox cannot start, Claude Code runs commands without it.",
    why: "On a machine or container without the sandbox's dependencies (bubblewrap, socat on Linux) Claude Code warns and runs Bash commands unsandboxed: the allowlist the team reviewed is silently not applied, typically in exactly the CI or container setups where nobody reads the warning.",
    fix: "Set `sandbox.failIfUnavailable` to `true` (the quick fix does), so a missing sandbox stops the agent instead of removing its limits.",
    bad: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"allowUnsandboxedCommands\": false\n  }\n}",
    good: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"allowUnsandboxedCommands\": false,\n    \"failIfUnavailable\": true\n  }\n}",
  },
};
