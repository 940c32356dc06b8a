import type { RuleMeta } from '../../../core/types.js';

export const credentialPermissionsMeta: RuleMeta = {
  id: 'SG205',
  name: 'credential-permissions',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'A credential can do more than read: `permissions` is `admin` (error), `read-write` (warning) or missing (warning).',
    why: 'An agent that misreads a task, or follows instructions injected into data it reads, does whatever the key allows. With an admin key that includes creating keys, changing webhooks and deleting data; with read-write it can still create charges, send messages and modify records.',
    fix: 'Create a restricted key with read-only permissions at the provider and declare `permissions: read-only` (the quick fix only declares it, so it is not applied by `--fix` and leaves an info finding until the key was replaced). Grant write access only to a dedicated sandbox account if a task really needs it.',
    bad: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    permissions: admin',
    good: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    permissions: read-only',
  },
};
