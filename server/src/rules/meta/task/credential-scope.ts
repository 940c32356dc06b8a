import type { RuleMeta } from '../../../core/types.js';

export const credentialScopeMeta: RuleMeta = {
  id: 'SG204',
  name: 'credential-scope',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'A credential lives longer than one task: `scope` is `pool` (error), `session` (warning) or missing (warning).',
    why: '`pool` bakes the value into warm-pool snapshots: every task started from them gets the key, and after a rotation the old key lingers in stale snapshots. `session` shares it across tasks of a session, so one task\'s leak is every task\'s leak. A missing scope leaves the lifetime to an orchestrator default nobody reviewed.',
    fix: 'Set `scope: task`: the key is injected at task start and dies with the task\'s VM. Coming from `pool` or `session`, also rotate the key (the quick fix says so, is not applied by `--fix`, and leaves an info finding until the key was rotated).',
    bad: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    scope: pool',
    good: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    scope: task',
  },
};
