// SG102: an allowlisted host nobody has vouched for as staging.
import type { TaskContext, TaskRule } from '../../models/task/taskContext.js';
import type { Fix, Report } from '../../core/types.js';
import { deriveStagingHost, type HostClass } from '../../hosts/classify.js';
import { providerTesting } from '../../hosts/providerDomain.js';
import { allowlisted, allowlistEntries, classOf, listName, removeFix, replaceFix, type CheckedEntry } from './hostEntryUtil.js';
import { unverifiedHostMeta } from '../meta/task/unverified-host.js';

/** A host under a catalogued provider's domain: what the provider documents for testing, and the swap to it. */
function providerReport(ctx: TaskContext, e: CheckedEntry, c: HostClass): Report {
  const host = c.host!;
  const d = c.providerDomain!;
  const t = providerTesting(host, d.providers[0]);
  const named = c.marker ? `despite the \`${c.marker}\` in its name, ` : '';
  const fixes: Fix[] = [];
  let todo: string;
  if (t.sandbox) {
    const swap = t.sandbox.host;
    todo = `Use \`${swap}\` instead.`;
    if (allowlisted(ctx, e.doc, swap, e.entry)) fixes.push(removeFix(ctx, e, `Remove ${host} (${t.name} sandbox ${swap} is already allowlisted)`));
    else fixes.push(replaceFix(ctx.text, e, swap, `Replace with ${t.name} sandbox host ${swap}`, { preferred: true }));
  } else if (t.shared) {
    const swap = t.shared.host;
    todo = `Use \`${swap}\` with a test-mode credential, and declare that with \`mode: test\` on the credential.`;
    // no swap to the shared host: it is a production host too, safe only with a test-mode key the edit cannot give
    if (allowlisted(ctx, e.doc, swap, e.entry)) fixes.push(removeFix(ctx, e, `Remove ${host} (${swap} is already allowlisted: use a test-mode key with it)`));
  } else {
    todo = 'Use a host the provider documents for testing.';
  }
  return {
    message: `\`${host}\` in ${listName(e)} is under ${d.domain}, but ${named}${t.name} documents no such host (catalog): the task may reach production or nothing at all. ${t.offers}. ${todo} If it really is a test host of your ${t.name} account, record it in stagingHosts of .sandbox-guard.yaml.`,
    span: e.entry.span,
    fixes,
  };
}

export const unverifiedHost: TaskRule = {
  ...unverifiedHostMeta,
  check(ctx, report) {
    for (const e of allowlistEntries(ctx)) {
      if (e.norm.invalid || e.norm.wildcard || e.norm.leadingDot) continue;
      const c = classOf(ctx, e);
      if (c.kind !== 'unknown') continue;
      if (c.providerDomain) {
        report(providerReport(ctx, e, c));
        continue;
      }
      const host = c.host!;
      const derived = deriveStagingHost(host);
      const fixes: Fix[] = [];
      if (derived && allowlisted(ctx, e.doc, derived, e.entry)) fixes.push(removeFix(ctx, e, `Remove ${host} (${derived} is already allowlisted)`));
      else if (derived) fixes.push(replaceFix(ctx.text, e, derived, `Replace with derived staging host ${derived} (check that it exists)`));
      const todo = derived ? `Use its staging host (perhaps \`${derived}\`)` : 'Use its staging host';
      report({
        message: `\`${host}\` in ${listName(e)} is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as \`staging\` or \`sandbox\`): if it is production, the task can reach production. ${todo}, or, if it is a staging host, record it in .sandbox-guard.yaml (\`stagingHosts\` or \`stagingMarkers\`).`,
        span: e.entry.span,
        fixes,
      });
    }
  },
};
