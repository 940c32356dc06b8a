import type { RuleMeta } from '../../../core/types.js';

export const duplicateHostMeta: RuleMeta = {
  id: 'SG106',
  name: 'duplicate-host',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'The same host appears twice in `allowlist` / `allowlist_additions` of one config (after normalization: case, scheme, port and trailing dot do not make a new host).',
    why:
      'Duplicates hide in long lists: removing a host in review leaves its twin in place, so a production host can survive a cleanup, and the two copies\' justification comments drift apart.',
    fix: 'Remove the duplicate line; keep one entry with its justification comment.',
    bad: 'network:\n  allowlist:\n    - api.staging.example.com\n  allowlist_additions:\n    - API.staging.example.com',
    good: 'network:\n  allowlist:\n    - api.staging.example.com\n  allowlist_additions: []',
  },
};
