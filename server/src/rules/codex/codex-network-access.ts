// SG623: the one legacy switch for all egress, with no proxy behind it.
import type { CodexRule } from '../../models/codex/context.js';
import { boolOf, effective, proxyEnabled, scopesOf, stringOf } from '../../models/codex/scopes.js';
import { replaceNode } from '../../models/codex/tomlEdits.js';
import { codexNetworkAccessMeta } from '../meta/codex/codex-network-access.js';

export const codexNetworkAccess: CodexRule = {
  ...codexNetworkAccessMeta,
  check(ctx, report) {
    const m = ctx.model;
    if (m.format !== 'codex' || proxyEnabled(m)) return;
    for (const scope of scopesOf(m)) {
      const access = m.entry([...scope.prefix, 'sandbox_workspace_write', 'network_access']);
      if (!access || boolOf(access) !== true) continue;
      // network_access only applies to the workspace-write sandbox
      if (stringOf(effective(m, scope, ['sandbox_mode'])?.entry) === 'read-only') continue;
      report({
        message: `\`network_access = true\` (${scope.label}) lets sandboxed commands reach every host, production APIs included: no network proxy (\`features.network_proxy\`) limits it to an allowlist.`,
        span: { start: access.node.range[0], end: access.node.range[1] },
        fixes: [{ title: 'Set network_access = false (commands lose the network: allow the staging hosts they need through features.network_proxy)', edits: [replaceNode(access.node, 'false')] }],
      });
    }
  },
};
