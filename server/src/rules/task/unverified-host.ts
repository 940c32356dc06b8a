// SG102: an allowlisted host nobody has vouched for as staging.
import type { TaskRule } from '../../models/task/taskContext.js';
import type { Fix } from '../../core/types.js';
import { deriveStagingHost } from '../../hosts/classify.js';
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
      const todo = derived ? `Use its staging host (perhaps \`${derived}\`)` : 'Use its staging host';
      report({
        message: `\`${host}\` in ${listName(e)} is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as \`staging\` or \`sandbox\`): if it is production, the task can reach production. ${todo}, or, if it is a staging host, record it in .sandbox-guard.yaml (\`stagingHosts\` or \`stagingMarkers\`).`,
        span: e.entry.span,
        fixes,
      });
    }
  },
};
