import type { RuleMeta } from '../../core/types.js';

// Reported by the engine's suppression pass rather than by a check of their own.
export const invalidSuppression: RuleMeta = {
  id: 'SG900',
  name: 'invalid-suppression',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'A suppression comment has no reason, or names a rule that does not exist.',
    why: 'A silenced finding is an accepted risk: without a written reason, reviewers cannot tell a deliberate exception from a shortcut, and a misspelt rule silences nothing.',
    fix: 'Write the reason after ` -- `, and use a rule ID or name from `sandbox-guard rules`.',
    bad: 'network:\n  allowlist:\n    # sandbox-guard-disable-next-line unverified-host\n    - partner-api.example.net',
    good: 'network:\n  allowlist:\n    # sandbox-guard-disable-next-line unverified-host -- partner test tenant, ticket SEC-142\n    - partner-api.example.net',
  },
};

export const unusedSuppression: RuleMeta = {
  id: 'SG901',
  name: 'unused-suppression',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'A suppression comment suppresses nothing.',
    why: 'A stale suppression will silently hide the next real finding on that line.',
    fix: 'Remove the comment.',
    bad: 'network:\n  allowlist:\n    # sandbox-guard-disable-next-line production-host -- legacy\n    - api.staging.example.com',
    good: 'network:\n  allowlist:\n    - api.staging.example.com',
  },
};
