import type { RuleMeta } from '../../../core/types.js';

export const agentsNoProductionRuleMeta: RuleMeta = {
  id: 'SG402',
  name: 'agents-no-production-rule',
  severity: 'warning',
  kind: 'agents',
  docs: {
    summary: 'The Rules section does not forbid calling production API endpoints from cloud tasks.',
    why: 'An agent that reaches production can create real charges, send real messages or change customer records, with nobody watching. The rule tells the agent what the allowlist enforces, so it does not write code or examples that point at production.',
    fix: 'Add "NEVER call production API endpoints from cloud tasks" (any wording with the same meaning counts: "Do not hit prod APIs from cloud runs").',
    bad: '## Rules\n\n- Always use staging/sandbox API keys — never production keys',
    good: '## Rules\n\n- Always use staging/sandbox API keys — never production keys\n- NEVER call production API endpoints from cloud tasks',
  },
};
