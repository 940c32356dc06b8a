// Every rule's metadata, for docs, `sandbox-guard rules`, SARIF, hovers and suppressions.
import type { RuleMeta } from '../core/types.js';
import { taskRules } from './task/index.js';
import { agentsRules } from './agents/index.js';
import { invalidSuppression, unusedSuppression } from './meta/suppressionRules.js';
import { policyRules } from './policy/index.js';
import { unreadableFile } from './meta/unreadable-file.js';

export function allRuleMetas(): RuleMeta[] {
  return [unreadableFile, ...taskRules, ...agentsRules, ...policyRules, invalidSuppression, unusedSuppression];
}

export function findRule(idOrName: string): RuleMeta | undefined {
  const key = idOrName.toLowerCase();
  return allRuleMetas().find((r) => r.id.toLowerCase() === key || r.name === key);
}
