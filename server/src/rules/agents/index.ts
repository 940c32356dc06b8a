// AGENTS.md rules, in ID order (SG503's AGENTS.md side is run by the hook but registered by its task side).
import type { AgentsRule } from '../../models/agents/context.js';
import { agentsRulesSection } from './agents-rules-section.js';
import { agentsNoProductionRule } from './agents-no-production-rule.js';
import { agentsStagingKeysRule } from './agents-staging-keys-rule.js';
import { agentsErrorHandlingRule } from './agents-error-handling-rule.js';
import { agentsAuditLoggingRule } from './agents-audit-logging-rule.js';
import { agentsWeakWording } from './agents-weak-wording.js';
import { agentsProductionHost } from './agents-production-host.js';
import { agentsContradiction } from './agents-contradiction.js';
import { agentsSecret } from './agents-secret.js';
import { agentsHostNotAllowlisted } from './agents-host-not-allowlisted.js';
import { agentsForbiddenHostAllowlisted } from './agents-forbidden-host-allowlisted.js';

export const agentsRules: AgentsRule[] = [
  agentsRulesSection,
  agentsNoProductionRule,
  agentsStagingKeysRule,
  agentsErrorHandlingRule,
  agentsAuditLoggingRule,
  agentsWeakWording,
  agentsProductionHost,
  agentsContradiction,
  agentsSecret,
  agentsHostNotAllowlisted,
];

/** Everything the AGENTS.md hook runs, including SG503's AGENTS.md side. */
export const agentsRunRules: AgentsRule[] = [...agentsRules, agentsForbiddenHostAllowlisted];
