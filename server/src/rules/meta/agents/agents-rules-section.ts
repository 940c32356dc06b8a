import type { RuleMeta } from '../../../core/types.js';

export const agentsRulesSectionMeta: RuleMeta = {
  id: 'SG401',
  name: 'agents-rules-section',
  severity: 'warning',
  kind: 'agents',
  docs: {
    summary: 'AGENTS.md has no Rules section (a heading naming rules or API access) with the staging-only rules.',
    why: 'AGENTS.md is what a coding agent reads before it acts. Without stated staging-only rules, the agent decides for itself which endpoint and which key to use, and nothing tells it that production is off-limits: the task config\'s allowlist is then the only protection left.',
    fix: 'Add a `## Rules` section with the four staging-only rules. The quick fix appends it, in the list style the file already uses.',
    bad: '# Agent instructions\n\nRun `npm test` before committing.',
    good: '# Agent instructions\n\nRun `npm test` before committing.\n\n## Rules\n\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys\n- All external API calls must include error handling and timeouts\n- Log all external API calls for audit',
  },
};
