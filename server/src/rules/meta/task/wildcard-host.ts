import type { RuleMeta } from '../../../core/types.js';

export const wildcardHostMeta: RuleMeta = {
  id: 'SG103',
  name: 'wildcard-host',
  severity: 'error',
  kind: 'task',
  alsoKinds: ['claude', 'srt', 'copilot', 'codex'],
  docs: {
    summary: 'A wildcard or over-broad allowlist entry: an error for `*`, bare TLDs and public suffixes (`*.com`, `*.co.uk`, `*.amazonaws.com`), a warning for other wildcards.',
    why:
      'A wildcard also reaches production subdomains: `*.paypal.com` allows `api-m.paypal.com` next to the sandbox, and hosts added later are allowed without review. Over a public suffix it allows anyone\'s hosts: `*.amazonaws.com` reaches every AWS customer\'s endpoints, an easy path for data to leave the sandbox.',
    fix: 'List the exact staging hosts the task needs, one per line, each with a comment saying why.',
    bad: 'network:\n  allowlist:\n    - "*.amazonaws.com"\n    - "*.paypal.com"',
    good: 'network:\n  allowlist:\n    - acme-test-fixtures.s3.eu-west-1.amazonaws.com  # test fixtures\n    - api-m.sandbox.paypal.com',
  },
};
