import type { TaskRule } from '../../models/task/taskContext.js';
import { classifyHost } from '../../hosts/classify.js';
import { addToAllowlistEdit } from './credentialEdits.js';
import { envHosts, isAllowlisted } from './envEndpoints.js';

export const envHostNotAllowlisted: TaskRule = {
  id: 'SG302',
  name: 'env-host-not-allowlisted',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'An `env` endpoint\'s host is not in `network.allowlist` or `allowlist_additions`.',
    why: 'Egress is default-deny: a call to a host that is not allowlisted fails (DNS answers NXDOMAIN). The task breaks at its first request, and the usual reaction — widening the allowlist under time pressure — is how wildcards and production hosts get in.',
    fix: 'Add the staging host to `network.allowlist` (with a comment saying why), or point the variable at a host that is already allowed. `*.x.y` entries allow every subdomain of `x.y`. Production hosts are reported by production-env-endpoint instead: swap them, do not allowlist them.',
    bad: 'network:\n  allowlist: [api.staging.example.com]\nenv:\n  FILES_URL: https://files.staging.example.com',
    good: 'network:\n  allowlist: [api.staging.example.com, files.staging.example.com]\nenv:\n  FILES_URL: https://files.staging.example.com',
  },
  check(ctx, report) {
    for (const eh of envHosts(ctx)) {
      if (isAllowlisted(eh.doc, eh.host)) continue;
      const kind = classifyHost(eh.host, ctx.catalog, ctx.policy).kind;
      // production: SG301 says swap it; dependencies (registries, forges) are in the default list;
      // metadata endpoints must never be allowlisted
      if (kind === 'production' || kind === 'dependency' || kind === 'metadata') continue;
      const edit = addToAllowlistEdit(ctx.text, eh.doc, eh.host);
      report({
        message: `\`${eh.env.name}\` points at \`${eh.host.length > 80 ? `${eh.host.slice(0, 77)}…` : eh.host}\`, which is not in the allowlist: the task's calls to it will be blocked. Add it to \`network.allowlist\` or use an allowed host.`,
        span: eh.span,
        fixes: edit ? [{ title: `Add ${eh.host} to network.allowlist`, edits: [edit], preferred: true }] : [],
      });
    }
  },
};
