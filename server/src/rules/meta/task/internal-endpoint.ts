import type { RuleMeta } from '../../../core/types.js';

export const internalEndpointMeta: RuleMeta = {
  id: 'SG104',
  name: 'internal-endpoint',
  severity: 'error',
  kind: 'task',
  alsoKinds: ['claude', 'srt', 'copilot', 'codex'],
  docs: {
    summary: 'A cloud metadata endpoint, localhost, a private or link-local address, an internal name, or a raw IP literal is in the allowlist; or an `env` endpoint points at a metadata or link-local address.',
    why:
      'The metadata endpoint (169.254.169.254, metadata.google.internal, fd00:ec2::254, 168.63.129.16, 100.100.100.200, …) hands out the VM\'s cloud credentials: one request and the agent holds a role that reaches production infrastructure. Private, loopback and link-local addresses open internal services. Raw IPs hide what they are, and SSRF payloads spell the metadata address as `2852039166`, `0xA9FEA9FE` or `0251.0376.0251.0376` to slip past reviews.',
    fix: 'Remove the entry. A task that needs an internal service should get a staging copy of it under a public staging host name. An `env` variable that points at the metadata endpoint hands the agent a ready-made URL to the VM\'s credentials: remove it (services the task starts itself on localhost are not reported in `env`).',
    bad: 'network:\n  allowlist:\n    - 169.254.169.254\n    - 0xA9FEA9FE\n    - localhost',
    good: 'network:\n  allowlist:\n    - api.staging.example.com',
  },
};
