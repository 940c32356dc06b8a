import type { TaskRule } from '../../models/task/taskContext.js';
import { agentsMissingForConfig } from './agents-missing-for-config.js';
import { agentsForbiddenHostAllowlisted } from '../cross/agents-forbidden-host-allowlisted.js';
import { taskSide } from '../cross/crossRule.js';

// Cross-file rules between task configs and their governing AGENTS.md (SG501, SG503's task-config side); need `workspace`.
export const crossRules: TaskRule[] = [agentsMissingForConfig, taskSide(agentsForbiddenHostAllowlisted)];
