import type { RuleMeta } from '../../../core/types.js';

export const missingRateLimitMeta: RuleMeta = {
  id: 'SG207',
  name: 'missing-rate-limit',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'A credential has no `rate_limit` (warning), or its per-minute rate is below `max_parallel_tasks` (info).',
    why: 'A per-key rate limit caps what a runaway agent loop can do with the key: without one, a retry storm can exhaust the provider\'s quota for everyone sharing the account, or hammer a staging system that other teams use. A limit lower than the number of parallel tasks sharing the key throttles those tasks into spurious failures.',
    fix: 'Add `rate_limit: {requests: 60, per: minute}` (set the same limit on the key at the provider if it supports it), and keep the per-minute rate at least `max_parallel_tasks`.',
    bad: 'credentials:\n  STAGING_API_KEY:\n    source: vault',
    good: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    rate_limit: {requests: 60, per: minute}',
  },
};
