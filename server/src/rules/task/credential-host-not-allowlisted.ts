import type { TaskRule } from '../../models/task/taskContext.js';
import { quoteValue } from '../../secrets/redactText.js';
import { classifyHost } from '../../hosts/classify.js';
import { addToAllowlistEdit } from './credentialEdits.js';
import { isAllowlisted } from './envEndpoints.js';
import { normalizeHostEntry } from '../../hosts/hostname.js';
import { credentialHostNotAllowlistedMeta } from '../meta/task/credential-host-not-allowlisted.js';

export const credentialHostNotAllowlisted: TaskRule = {
  ...credentialHostNotAllowlistedMeta,
  check(ctx, report) {
    for (const doc of ctx.docs) {
      for (const cred of doc.credentials) {
        for (const h of cred.hosts) {
          // the bare host: a URL here may carry a password in its userinfo
          const host = normalizeHostEntry(h.value).host;
          if (!host || isAllowlisted(doc, host)) continue;
          const kind = classifyHost(host, ctx.catalog, ctx.policy).kind;
          // never suggest allowlisting production or metadata endpoints
          const unsafe = kind === 'production' || kind === 'metadata';
          const edit = unsafe ? undefined : addToAllowlistEdit(ctx.text, doc, host);
          const what = unsafe
            ? `Remove it from \`hosts\` and use the provider's sandbox host: a sandbox task must not reach ${kind === 'metadata' ? 'metadata endpoints' : 'production'}.`
            : 'Add the host to `network.allowlist` if the task needs it, or remove it from `hosts`.';
          report({
            message: `Credential \`${cred.name}\` is for \`${quoteValue(host)}\`, which is not in the allowlist: the task cannot reach it with this key. ${what}`,
            span: h.span,
            fixes: edit ? [{ title: `Add ${host} to network.allowlist`, edits: [edit], preferred: true }] : [],
          });
        }
      }
    }
  },
};
