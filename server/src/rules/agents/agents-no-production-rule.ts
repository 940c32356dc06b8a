import type { AgentsRule } from '../../models/agents/context.js';
import { checkMissing } from './missing.js';
import { agentsNoProductionRuleMeta } from '../meta/agents/agents-no-production-rule.js';

export const agentsNoProductionRule: AgentsRule = {
  ...agentsNoProductionRuleMeta,
  check(ctx, report) {
    checkMissing('production', ctx, report);
  },
};
