import type { RuleMeta } from '../../engine/types.js';

// AGENTS.md rules are listed here.
export const agentsRules: RuleMeta[] = [];
