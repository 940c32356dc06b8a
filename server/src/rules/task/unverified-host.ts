// SG102: an allowlisted host nobody has vouched for as staging.
import type { TaskRule } from '../../models/task/taskContext.js';
import type { Fix } from '../../core/types.js';
import { deriveStagingHost } from '../../hosts/classify.js';
import { unverifiedHostMessage } from '../../hosts/hostMessages.js';
import { allowlisted, allowlistEntries, classOf, listName, removeFix, replaceFix } from './hostEntryUtil.js';
import { unverifiedHostMeta } from '../meta/task/unverified-host.js';

export const unverifiedHost: TaskRule = {
  ...unverifiedHostMeta,
  check(ctx, report) {
    for (const e of allowlistEntries(ctx)) {
      if (e.norm.invalid || e.norm.wildcard || e.norm.leadingDot) continue;
      const c = classOf(ctx, e);
      if (c.kind !== 'unknown') continue;
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
