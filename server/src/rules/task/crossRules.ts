import type { TaskRule } from '../../models/task/taskContext.js';
import { agentsMissingForConfig } from './agents-missing-for-config.js';
import { agentsForbiddenHostAllowlistedTask } from './agents-forbidden-host-allowlisted.js';

// Cross-file rules between task configs and their governing AGENTS.md (SG501, SG503 task side); need `workspace`.
export const crossRules: TaskRule[] = [agentsMissingForConfig, agentsForbiddenHostAllowlistedTask];
