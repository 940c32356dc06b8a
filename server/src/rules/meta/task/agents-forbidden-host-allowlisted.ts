import type { RuleMeta } from '../../../core/types.js';

// SG503 is one cross-file rule: it reports on the task config and on its governing AGENTS.md (rules/cross/).
export const agentsForbiddenHostAllowlistedMeta: RuleMeta = {
  id: 'SG503',
  name: 'agents-forbidden-host-allowlisted',
  severity: 'error',
  kind: 'task',
  alsoKinds: ['agents', 'copilot'],
  docs: {
    summary: 'A task config allowlists a host that its governing AGENTS.md says must never be called (reported on both files, linked).',
    why: 'The two files disagree: the agent is told never to call the host while the sandbox lets it through. The allowlist wins at run time, so the prohibition protects nothing, and a reviewer reading either file alone gets the wrong picture.',
    fix: 'Remove the host from the allowlist, or, if it is in fact safe (a staging host), correct AGENTS.md.',
    bad: '# AGENTS.md: "- NEVER call api.example.com from cloud tasks"\nnetwork:\n  allowlist:\n    - api.example.com',
    good: '# AGENTS.md: "- NEVER call api.example.com from cloud tasks"\nnetwork:\n  allowlist:\n    - api.staging.example.com',
  },
};
