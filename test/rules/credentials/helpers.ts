// Shared by the credential/env/method rule tests: a clean base config, table runners and secret checks.
import assert from 'node:assert/strict';
import { checkText, type CheckOptions } from '../../../server/src/engine/check.js';
import type { Finding, Severity } from '../../../server/src/core/types.js';
import { emptyPolicy, type Policy } from '../../../server/src/core/policy.js';
import { positions } from '../../helpers/fixes.js';

export const PATH = 'task.sandbox.yaml';

/** A config every rule accepts. Cases edit pieces of it. */
export const CLEAN = `network:
  allowlist:
    - api.staging.example.com
  methods: [GET, HEAD, OPTIONS]
credentials:
  STAGING_API_KEY:
    source: vault
    ref: secret/codex/staging
    scope: task
    permissions: read-only
    label: Codex sandbox
    hosts: [api.staging.example.com]
    rate_limit: {requests: 60, per: minute}
env:
  API_BASE_URL: https://api.staging.example.com/v1
max_parallel_tasks: 4
`;

/** The body of one clean credential (4-space indent), for building snippets. */
export const CRED_BODY = `    source: vault
    ref: secret/codex/staging
    scope: task
    permissions: read-only
    label: Codex sandbox
    rate_limit: {requests: 60, per: minute}
`;

export function policyWith(p: Partial<Policy>): Policy {
  return { ...emptyPolicy(), ...p };
}

export interface Case {
  name: string;
  text: string;
  /** [line, col, endLine, endCol] of each finding of the rule under test, 1-based */
  expect: [number, number, number, number][];
  severities?: Severity[];
  /** per finding (in order): a substring, or several, its message must contain */
  messages?: (string | string[])[];
  options?: CheckOptions;
}

export function findingsOf(text: string, ruleId: string, options: CheckOptions = { path: PATH }): Finding[] {
  return checkText(text, options).findings.filter((f) => f.ruleId === ruleId);
}

/** Runs one table case: exact ranges, severities and message fragments of `ruleId`'s findings. */
export function runCase(ruleId: string, c: Case): Finding[] {
  const found = findingsOf(c.text, ruleId, c.options ?? { path: PATH });
  assert.deepEqual(positions(found).map((p) => p.slice(1)), c.expect, `${c.name}: ranges`);
  if (c.severities) assert.deepEqual(found.map((f) => f.severity), c.severities, `${c.name}: severities`);
  c.messages?.forEach((m, i) => {
    for (const part of Array.isArray(m) ? m : [m]) {
      assert.ok(found[i]?.message.includes(part), `${c.name}: message ${i} should include ${JSON.stringify(part)}, got ${JSON.stringify(found[i]?.message)}`);
    }
  });
  return found;
}

/**
 * Asserts a secret appears nowhere in what a user or a log could see: messages, fix titles and
 * edits, related info. Also checks the secret's middle, so a partial echo fails too.
 */
export function assertNoSecret(findings: Finding[], secret: string): void {
  const out = JSON.stringify(findings.map((f) => ({ m: f.message, fixes: f.fixes, related: f.related })));
  assert.ok(!out.includes(secret), 'the secret appears in the output');
  const middle = secret.slice(Math.floor(secret.length / 3), Math.floor((2 * secret.length) / 3));
  if (middle.length >= 4) assert.ok(!out.includes(middle), `part of the secret (${middle.length} chars) appears in the output`);
}
