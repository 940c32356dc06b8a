// Shared by the credential/env/method rule tests: a clean base config and secret checks (tables run in test/helpers/ruleTester.ts).
import assert from 'node:assert/strict';
import { checkText, type CheckOptions } from '../../../server/src/engine/check.js';
import type { Finding } from '../../../server/src/core/types.js';
import { emptyPolicy, type Policy } from '../../../server/src/core/policy.js';

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

export function findingsOf(text: string, ruleId: string, options: CheckOptions = { path: PATH }): Finding[] {
  return checkText(text, options).findings.filter((f) => f.ruleId === ruleId);
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
