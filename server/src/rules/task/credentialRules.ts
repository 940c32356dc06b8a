import type { TaskRule } from '../../engine/taskContext.js';

// Credential, secret, env and method rules (SG201–SG212, SG301–SG303), one file each.
export const credentialRules: TaskRule[] = [];
