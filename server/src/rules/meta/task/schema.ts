import type { RuleMeta } from '../../../core/types.js';

export const schemaMeta: RuleMeta = {
  id: 'SG002',
  name: 'schema',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'The config does not match the task-config schema: unknown keys, wrong types, values outside the allowed set.',
    why: 'The orchestrator may reject the config, ignore a misspelt key (an `allowlst:` restricts nothing), or read a value differently than the checks do. A mistyped `permissions` or `scope` silently falls back to the provider default, which is rarely the least privilege.',
    fix: 'Correct the key or value at the reported position: the message names the allowed keys or values, and a quick fix renames a misspelt key or value when a close match exists. See docs/config-format.md.',
    bad: 'network:\n  allowlst:\n    - api.staging.example.com\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    permissions: readonly',
    good: 'network:\n  allowlist:\n    - api.staging.example.com\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    permissions: read-only',
  },
};
