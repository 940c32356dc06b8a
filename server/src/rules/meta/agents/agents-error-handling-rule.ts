import type { RuleMeta } from '../../../core/types.js';

export const agentsErrorHandlingRuleMeta: RuleMeta = {
  id: 'SG404',
  name: 'agents-error-handling-rule',
  severity: 'warning',
  kind: 'agents',
  docs: {
    summary: 'The Rules section does not require error handling and a timeout on every external API call (or requires only one of the two).',
    why: 'Without a timeout a hung call stalls the task until the VM dies; without error handling a failed call is taken for success and the agent builds on bad data. Half a rule (timeouts without error handling) leaves the other failure open.',
    fix: 'Add "All external API calls must include error handling and timeouts" ("Every outbound HTTP request needs a timeout and error handling" counts too).',
    bad: '## Rules\n\n- All external API calls must have a timeout',
    good: '## Rules\n\n- All external API calls must have a timeout\n- All external API calls must include error handling and timeouts',
  },
};
