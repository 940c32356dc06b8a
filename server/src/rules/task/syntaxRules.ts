import type { TaskRule } from '../../models/task/taskContext.js';
import { yamlSyntax } from './yaml-syntax.js';
import { schema } from './schema.js';

// Parser and schema rules (SG001–SG002).
export const syntaxRules: TaskRule[] = [yamlSyntax, schema];
