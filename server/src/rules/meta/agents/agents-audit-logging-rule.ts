import type { RuleMeta } from '../../../core/types.js';

export const agentsAuditLoggingRuleMeta: RuleMeta = {
  id: 'SG405',
  name: 'agents-audit-logging-rule',
  severity: 'warning',
  kind: 'agents',
  docs: {
    summary: 'The Rules section does not require logging every external API call for audit.',
    why: 'Without a log of each external call nobody can tell afterwards what an autonomous agent did to a third-party system, or prove it did nothing.',
    fix: 'Add "Log all external API calls for audit" ("Audit-log each third-party API call" counts too).',
    bad: '## Rules\n\n- NEVER call production API endpoints from cloud tasks',
    good: '## Rules\n\n- NEVER call production API endpoints from cloud tasks\n- Log all external API calls for audit',
  },
};
