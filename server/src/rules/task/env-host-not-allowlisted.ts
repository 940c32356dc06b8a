import type { TaskRule } from '../../models/task/taskContext.js';
import { quoteValue } from '../../secrets/redactText.js';
import { classifyHost } from '../../hosts/classify.js';
import { addToAllowlistEdit } from './credentialEdits.js';
import { envHosts, isAllowlisted } from './envEndpoints.js';
import { envHostNotAllowlistedMeta } from '../meta/task/env-host-not-allowlisted.js';

export const envHostNotAllowlisted: TaskRule = {
  ...envHostNotAllowlistedMeta,
  check(ctx, report) {
    for (const eh of envHosts(ctx)) {
      if (isAllowlisted(eh.doc, eh.host)) continue;
      const kind = classifyHost(eh.host, ctx.catalog, ctx.policy).kind;
      // production: SG301 says swap it; dependencies (registries, forges) are in the default list;
      // metadata endpoints must never be allowlisted
      if (kind === 'production' || kind === 'dependency' || kind === 'metadata') continue;
      const edit = addToAllowlistEdit(ctx.text, eh.doc, eh.host);
      report({
        message: `\`${eh.env.name}\` points at \`${quoteValue(eh.host)}\`, which is not in the allowlist: the task's calls to it will be blocked. Add it to \`network.allowlist\` or use an allowed host.`,
        span: eh.span,
        fixes: edit ? [{ title: `Add ${eh.host} to network.allowlist`, edits: [edit], preferred: true }] : [],
      });
    }
  },
};
