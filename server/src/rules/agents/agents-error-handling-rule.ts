import type { AgentsRule } from '../../models/agents/context.js';
import { checkMissing } from './missing.js';
import { agentsErrorHandlingRuleMeta } from '../meta/agents/agents-error-handling-rule.js';

export const agentsErrorHandlingRule: AgentsRule = {
  ...agentsErrorHandlingRuleMeta,
  check(ctx, report) {
    checkMissing('errorHandling', ctx, report);
  },
};
