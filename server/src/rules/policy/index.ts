import type { PolicyRule } from '../../models/policy/context.js';
import { policyInvalid } from './policy-invalid.js';
import { policyUnknownRule } from './unknown-rule.js';
import { policyStagingHostIsProduction } from './staging-host-is-production.js';
import { policyInvalidGlob } from './invalid-glob.js';
import { policyDisablesChecking } from './disables-checking.js';

// Policy-file rules (`.sandbox-guard.yaml`), in ID order.
export const policyRules: PolicyRule[] = [policyInvalid, policyUnknownRule, policyStagingHostIsProduction, policyInvalidGlob, policyDisablesChecking];
