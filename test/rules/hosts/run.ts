// Helpers for the host-rule tables: a snippet with allowlist entries, checked as a task config.
import assert from 'node:assert/strict';
import { checkText } from '../../../server/src/engine/check.js';
import type { Finding, SeverityOrOff } from '../../../server/src/core/types.js';
import { taskRules } from '../../../server/src/rules/task/index.js';
import { emptyPolicy, type Policy } from '../../../server/src/core/policy.js';
import { assertFixesWork, positions } from '../../helpers/fixes.js';

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

export interface Case {
  name: string;
  text: string;
  policy?: Policy;
  /** [line, col, endLine, endCol] of each finding of the rule */
  at: [number, number, number, number][];
  /** substrings every finding's message must contain */
  says?: string[];
  /** substrings no message may contain */
  never?: string[];
  severity?: Finding['severity'];
  /** the text after applying the first (preferred) fix of the first finding */
  fixed?: string;
  /** fix titles of the first finding */
  fixes?: string[];
}

/** Runs one table row: exact positions, messages, severity, fixes (each applied and re-checked). */
export function runCase(ruleId: string, c: Case): void {
  const findings = check(c.text, c.policy).filter((f) => f.ruleId === ruleId);
  assert.deepEqual(positions(findings).map((p) => p.slice(1)), c.at, `${c.name}: positions`);
  for (const f of findings) {
    for (const s of c.says ?? []) assert.ok(f.message.includes(s), `${c.name}: message lacks "${s}": ${f.message}`);
    for (const s of c.never ?? []) assert.ok(!f.message.includes(s), `${c.name}: message contains "${s}": ${f.message}`);
    if (c.severity) assert.equal(f.severity, c.severity, `${c.name}: severity`);
    assert.ok(f.docsUrl.endsWith('.md'));
  }
  if (c.fixes) assert.deepEqual(findings[0].fixes.map((x) => x.title), c.fixes, `${c.name}: fix titles`);
  const withFix = findings.filter((f) => f.fixes.length).length;
  assert.ok(withFix === 0 || withFix === findings.length, `${c.name}: split rows whose findings mix fixes and no fixes`);
  if (withFix) {
    const outs = assertFixesWork(c.text, ruleId, { path: PATH, policy: c.policy, overrides: OVERRIDES });
    if (c.fixed !== undefined) assert.equal(outs[0], c.fixed, `${c.name}: fixed text`);
  } else assert.equal(c.fixed, undefined, `${c.name}: expected a fix`);
}
