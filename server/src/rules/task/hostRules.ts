import type { TaskRule } from '../../engine/taskContext.js';

// Host rules (SG101–SG106), one file each.
export const hostRules: TaskRule[] = [];
