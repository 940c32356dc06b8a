import type { RuleMeta } from '../../../core/types.js';

export const agentsWeakWordingMeta: RuleMeta = {
  id: 'SG406',
  name: 'agents-weak-wording',
  severity: 'info',
  kind: 'agents',
  docs: {
    summary: 'A staging-only rule is worded as a wish ("try to avoid production", "should") rather than a rule ("NEVER", "must").',
    why: 'An agent weighs soft guidance against getting the task done: "try to avoid production" reads as permission to use production when staging is inconvenient. Rules an agent must not break need firm words.',
    fix: 'State the rule firmly: "NEVER …", "must …", "Always …". The quick fix rewrites the hedge, or replaces the sentence with the standard wording.',
    bad: '## Rules\n\n- Try to avoid production.',
    good: '## Rules\n\n- NEVER call production.',
  },
};
