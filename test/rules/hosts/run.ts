// Helpers for the host-rule tables (run by test/helpers/ruleTester.ts): a snippet with allowlist entries, checked as a task config.
import { checkText } from '../../../server/src/engine/check.js';
import type { Finding, SeverityOrOff } from '../../../server/src/core/types.js';
import { taskRules } from '../../../server/src/rules/task/index.js';
import { emptyPolicy, type Policy } from '../../../server/src/core/policy.js';

export const PATH = 'task.sandbox.yaml';

// Isolated from the credential/env/method rules (their messages may list the hosts, so they change
// when a host fix is applied); the syntax and schema rules stay on, so fixes must keep the YAML valid.
const KEEP = new Set(['SG001', 'SG002', 'SG101', 'SG102', 'SG103', 'SG104', 'SG105', 'SG106']);
export const OVERRIDES: Record<string, SeverityOrOff> = Object.fromEntries(taskRules.filter((r) => !KEEP.has(r.id)).map((r) => [r.id, 'off']));

/** A config whose allowlist entries start on line 3, column 7. */
export function allowlist(...entries: string[]): string {
  return `network:\n  allowlist:\n${entries.map((e) => `    - ${e}\n`).join('')}`;
}

export function policyWith(p: Partial<Policy>): Policy {
  return { ...emptyPolicy(), ...p };
}

export function check(text: string, policy?: Policy): Finding[] {
  return checkText(text, { path: PATH, policy, overrides: OVERRIDES }).findings;
}
