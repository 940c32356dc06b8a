import type { RuleMeta } from '../../../core/types.js';

export const agentsMissingForConfigMeta: RuleMeta = {
  id: 'SG501',
  name: 'agents-missing-for-config',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'No AGENTS.md governs this task config (none in its folder or above, up to the workspace root), or the governing instruction file (AGENTS.md, AGENTS.override.md, CLAUDE.md, .github/copilot-instructions.md) lacks the staging-only rules.',
    why: 'The task config decides what the agent can reach; AGENTS.md tells it what it may do. Without the staging-only rules the agent picks endpoints and keys on its own, and writes code and examples that point at production even when the allowlist would block them at run time.',
    fix: 'Create AGENTS.md beside the config with a `## Rules` section holding the four staging-only rules, or add the missing rules to the governing AGENTS.md (the quick fix does either).',
    bad: '# payments.sandbox.yaml, with no AGENTS.md in its folder or above\nnetwork:\n  allowlist:\n    - api.staging.example.com',
    good: '# payments.sandbox.yaml, with AGENTS.md beside it stating the four rules\nnetwork:\n  allowlist:\n    - api.staging.example.com',
  },
};
