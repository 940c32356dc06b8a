import type { AgentsRule } from '../../models/agents/context.js';
import { checkMissing } from './missing.js';
import { agentsStagingKeysRuleMeta } from '../meta/agents/agents-staging-keys-rule.js';

export const agentsStagingKeysRule: AgentsRule = {
  ...agentsStagingKeysRuleMeta,
  check(ctx, report) {
    checkMissing('keys', ctx, report);
  },
};
