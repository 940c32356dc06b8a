import type { RuleMeta } from '../../engine/types.js';

// Policy-file rules (`.sandbox-guard.yaml`) are listed here.
export const policyRules: RuleMeta[] = [];
