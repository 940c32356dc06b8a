// All task-config rules, in ID order. Each group's list lives in its own file.
import type { TaskRule } from '../../models/task/taskContext.js';
import { syntaxRules } from './syntaxRules.js';
import { hostRules } from './hostRules.js';
import { credentialRules } from './credentialRules.js';
import { crossRules } from './crossRules.js';

export const taskRules: TaskRule[] = [...syntaxRules, ...hostRules, ...credentialRules, ...crossRules].sort((a, b) => a.id.localeCompare(b.id));
