// SG104: cloud metadata endpoints, loopback, private / link-local ranges, internal names, raw IPs.
import type { TaskRule } from '../../engine/taskContext.js';
import type { InternalInfo } from '../../hosts/internal.js';
import { allowlistEntries, classOf, listName, removeFix } from './hostEntryUtil.js';

function blastRadius(info: InternalInfo): string {
  if (info.endpoints.length) return "a task that reaches it can read the VM's cloud credentials (instance role tokens) and act as the VM in the cloud account";
  if (info.ip?.range === 'public') return 'name the host instead, so reviewers and the catalog can tell what it is';
  return "allowlisting it opens services inside the sandbox's own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach";
}

export const internalEndpoint: TaskRule = {
  id: 'SG104',
  name: 'internal-endpoint',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'A cloud metadata endpoint, localhost, a private or link-local address, an internal name, or a raw IP literal is in the allowlist.',
    why:
      'The metadata endpoint (169.254.169.254, metadata.google.internal, fd00:ec2::254, 168.63.129.16, 100.100.100.200, …) hands out the VM\'s cloud credentials: one request and the agent holds a role that reaches production infrastructure. Private, loopback and link-local addresses open internal services. Raw IPs hide what they are, and SSRF payloads spell the metadata address as `2852039166`, `0xA9FEA9FE` or `0251.0376.0251.0376` to slip past reviews.',
    fix: 'Remove the entry. A task that needs an internal service should get a staging copy of it under a public staging host name.',
    bad: 'network:\n  allowlist:\n    - 169.254.169.254\n    - 0xA9FEA9FE\n    - localhost',
    good: 'network:\n  allowlist:\n    - api.staging.example.com',
  },
  check(ctx, report) {
    for (const e of allowlistEntries(ctx)) {
      if (e.norm.invalid) continue;
      const c = classOf(ctx, e);
      if (c.kind !== 'metadata' || !c.internal) continue;
      const info = c.internal;
      const unverified = info.unverified ? ' (unverified catalog fact)' : '';
      report({
        message: `\`${c.host}\` in ${listName(e)} is ${info.what}${unverified}: ${blastRadius(info)}. Remove the entry.`,
        span: e.entry.span,
        severity: info.unverified ? 'warning' : undefined,
        fixes: [removeFix(ctx, e, `Remove ${c.host}`)],
      });
    }
  },
};
