// SG102: an allowlisted host nobody has vouched for as staging.
import type { TaskContext, TaskRule } from '../../models/task/taskContext.js';
import type { Fix } from '../../core/types.js';
import { deriveStagingHost, type HostClass } from '../../hosts/classify.js';
import { providerHostMessage, unverifiedHostMessage } from '../../hosts/hostMessages.js';
import { providerTesting } from '../../hosts/providerDomain.js';
import { allowlisted, allowlistEntries, classOf, listName, removeFix, replaceFix, type CheckedEntry } from './hostEntryUtil.js';
import { unverifiedHostMeta } from '../meta/task/unverified-host.js';

/** A host under a catalogued provider's domain: the swap to its documented sandbox host, if it has one. */
function providerFixes(ctx: TaskContext, e: CheckedEntry, c: HostClass): Fix[] {
  const host = c.host!;
  const t = providerTesting(host, c.providerDomain!.providers[0]);
  if (t.sandbox) {
    const swap = t.sandbox.host;
    if (allowlisted(ctx, e.doc, swap, e.entry)) return [removeFix(ctx, e, `Remove ${host} (${t.name} sandbox ${swap} is already allowlisted)`)];
    return [replaceFix(ctx.text, e, swap, `Replace with ${t.name} sandbox host ${swap}`, { preferred: true })];
  }
  // no swap to the shared host: it is a production host too, safe only with a test-mode key the edit cannot give
  if (t.shared && allowlisted(ctx, e.doc, t.shared.host, e.entry)) return [removeFix(ctx, e, `Remove ${host} (${t.shared.host} is already allowlisted: use a test-mode key with it)`)];
  return [];
}

export const unverifiedHost: TaskRule = {
  ...unverifiedHostMeta,
  check(ctx, report) {
    for (const e of allowlistEntries(ctx)) {
      if (e.norm.invalid || e.norm.wildcard || e.norm.leadingDot) continue;
      const c = classOf(ctx, e);
      if (c.kind !== 'unknown') continue;
      if (c.providerDomain) {
        report({ message: providerHostMessage(listName(e), c, 'the task', ', and declare that with `mode: test` on the credential'), span: e.entry.span, fixes: providerFixes(ctx, e, c) });
        continue;
      }
      const host = c.host!;
      const derived = deriveStagingHost(host);
      const fixes: Fix[] = [];
      if (derived && allowlisted(ctx, e.doc, derived, e.entry)) fixes.push(removeFix(ctx, e, `Remove ${host} (${derived} is already allowlisted)`));
      else if (derived) fixes.push(replaceFix(ctx.text, e, derived, `Replace with derived staging host ${derived} (check that it exists)`));
      report({
        message: unverifiedHostMessage(host, listName(e), derived),
        span: e.entry.span,
        fixes,
      });
    }
  },
};
