import type { AgentsRule } from '../../models/agents/context.js';
import { checkMissing } from './missing.js';
import { agentsAuditLoggingRuleMeta } from '../meta/agents/agents-audit-logging-rule.js';

export const agentsAuditLoggingRule: AgentsRule = {
  ...agentsAuditLoggingRuleMeta,
  check(ctx, report) {
    checkMissing('audit', ctx, report);
  },
};
