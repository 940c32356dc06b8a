import type { RuleMeta } from '../../../core/types.js';

export const agentsStagingKeysRuleMeta: RuleMeta = {
  id: 'SG403',
  name: 'agents-staging-keys-rule',
  severity: 'warning',
  kind: 'agents',
  docs: {
    summary: 'The Rules section does not require staging/sandbox API keys (and forbid production keys).',
    why: 'A live key turns every unexpected call into a real one. Sandbox keys are limited (read-only, rate-limited, scoped to test data), so a mistake stays in the sandbox.',
    fix: 'Add "Always use staging/sandbox API keys — never production keys" ("Use sandbox credentials only" counts too).',
    bad: '## Rules\n\n- NEVER call production API endpoints from cloud tasks',
    good: '## Rules\n\n- NEVER call production API endpoints from cloud tasks\n- Always use staging/sandbox API keys — never production keys',
  },
};
