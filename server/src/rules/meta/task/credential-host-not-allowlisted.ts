import type { RuleMeta } from '../../../core/types.js';

export const credentialHostNotAllowlistedMeta: RuleMeta = {
  id: 'SG209',
  name: 'credential-host-not-allowlisted',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'A credential\'s `hosts` entry is not in `network.allowlist` or `allowlist_additions`.',
    why: 'The credential says it is for a host the task cannot reach: either the task will fail on its first call, or someone will widen the allowlist in a hurry (often with a wildcard) to make it work. It also usually means the two lists drifted apart and one of them is out of date.',
    fix: 'Add the host to `network.allowlist` (if it really is a staging host the task needs), or remove it from the credential\'s `hosts`.',
    bad: 'network:\n  allowlist: [api.staging.example.com]\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    hosts: [files.staging.example.com]',
    good: 'network:\n  allowlist: [api.staging.example.com, files.staging.example.com]\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    hosts: [files.staging.example.com]',
  },
};
