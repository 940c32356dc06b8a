// AGENTS.md rules as the AGENTS.md kind runs them: in ID order, then SG503's AGENTS.md side (one cross-file rule, rules/cross/).
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
import { agentsForbiddenHostAllowlisted } from '../cross/agents-forbidden-host-allowlisted.js';
import { agentsSide } from '../cross/crossRule.js';
import { agentsPartialCheck } from './agents-partial-check.js';

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
  agentsPartialCheck,
  agentsSide(agentsForbiddenHostAllowlisted),
];

