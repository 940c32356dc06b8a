import type { RuleMeta } from '../../../core/types.js';

export const claudeUnsandboxedCommandsMeta: RuleMeta = {
  id: 'SG602',
  name: 'claude-unsandboxed-commands',
  severity: 'error',
  kind: 'claude',
  docs: {
    summary: "`sandbox.allowUnsandboxedCommands` is not `false`: it defaults to `true`, so the model may re-run any command outside the sandbox.",
    why: "With the default the model can retry a command that the sandbox blocked with `dangerouslyDisableSandbox`, outside every network and filesystem restriction; only a permission prompt stands in the way, and an approval habit or an auto-approve mode lets production through.",
    fix: "Set `sandbox.allowUnsandboxedCommands` to `false` (the quick fix does): a blocked command then fails instead of escaping.",
    bad: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"failIfUnavailable\": true\n  }\n}",
    good: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"allowUnsandboxedCommands\": false,\n    \"failIfUnavailable\": true\n  }\n}",
  },
};
