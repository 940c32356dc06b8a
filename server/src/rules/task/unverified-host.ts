// SG102: an allowlisted host nobody has vouched for as staging.
import type { TaskRule } from '../../models/task/taskContext.js';
import type { Fix } from '../../core/types.js';
import { deriveStagingHost } from '../../hosts/classify.js';
import { allowlisted, allowlistEntries, classOf, listName, removeFix, replaceFix } from './hostEntryUtil.js';

export const unverifiedHost: TaskRule = {
  id: 'SG102',
  name: 'unverified-host',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'An allowlisted host is not known to be staging: not a catalog or policy sandbox host, not a dependency host, and no staging label in its name.',
    why:
      'Nothing says the host is not production. If it is, an agent task can read and change live data through it, and reviewers cannot tell from the config. Known sandbox hosts, package registries and git forges, and hosts with a label such as `staging`, `sandbox` or `qa` are not reported.',
    fix: 'Point the task at the service\'s staging host (e.g. `api.staging.example.com`), or record the host in `stagingHosts` of `.sandbox-guard.yaml` (as a staging value, or add your own marker word to `stagingMarkers`).',
    bad: 'network:\n  allowlist:\n    - api.example.com',
    good: 'network:\n  allowlist:\n    - api.staging.example.com',
  },
  check(ctx, report) {
    for (const e of allowlistEntries(ctx)) {
      if (e.norm.invalid || e.norm.wildcard || e.norm.leadingDot) continue;
      const c = classOf(ctx, e);
      if (c.kind !== 'unknown') continue;
      const host = c.host!;
      const derived = deriveStagingHost(host);
      const fixes: Fix[] = [];
      if (derived && allowlisted(ctx, e.doc, derived, e.entry)) fixes.push(removeFix(ctx, e, `Remove ${host} (${derived} is already allowlisted)`));
      else if (derived) fixes.push(replaceFix(e, derived, `Replace with derived staging host ${derived} (check that it exists)`));
      const todo = derived ? `Use its staging host (perhaps \`${derived}\`)` : 'Use its staging host';
      report({
        message: `\`${host}\` in ${listName(e)} is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as \`staging\` or \`sandbox\`): if it is production, the task can reach production. ${todo}, or, if it is a staging host, record it in .sandbox-guard.yaml (\`stagingHosts\` or \`stagingMarkers\`).`,
        span: e.entry.span,
        fixes,
      });
    }
  },
};
