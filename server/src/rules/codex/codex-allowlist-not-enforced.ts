// SG624: domain rules with nothing that enforces them (Codex's documented trap).
import type { Fix } from '../../core/types.js';
import type { CodexContext, CodexRule } from '../../models/codex/context.js';
import { joinPath } from '../../models/codex/model.js';
import { boolOf, proxyEnabled } from '../../models/codex/scopes.js';
import { setKey } from './edits.js';
import { codexAllowlistNotEnforcedMeta } from '../meta/codex/codex-allowlist-not-enforced.js';

function enableFix(ctx: CodexContext): Fix | undefined {
  const m = ctx.model;
  const feature = m.entry(['features', 'network_proxy']);
  if (feature?.node.type === 'TOMLInlineTable') return undefined;
  // `[features.network_proxy]` as a table takes `enabled`; else the boolean feature flag
  const asTable = m.headers.has(joinPath(['features', 'network_proxy'])) || m.entry(['features', 'network_proxy', 'enabled']);
  const edit = asTable
    ? setKey(ctx.text, m, ['features', 'network_proxy'], 'enabled', 'true')
    : setKey(ctx.text, m, ['features'], 'network_proxy', 'true');
  return edit ? { title: 'Turn on features.network_proxy (the project must also be trusted, or .codex/config.toml is not loaded)', edits: [edit] } : undefined;
}

function requirementFix(ctx: CodexContext): Fix | undefined {
  const edit = setKey(ctx.text, ctx.model, ['experimental_network'], 'enabled', 'true');
  return edit ? { title: 'Set enabled = true in [experimental_network] (the requirement applies only once the admin deploys this requirements.toml)', edits: [edit] } : undefined;
}

export const codexAllowlistNotEnforced: CodexRule = {
  ...codexAllowlistNotEnforcedMeta,
  check(ctx, report) {
    const m = ctx.model;
    if (proxyEnabled(m)) return;
    const fix = m.format === 'codex' ? enableFix(ctx) : requirementFix(ctx);
    let requirementReported = false;
    for (const t of m.domainTables) {
      if (m.format === 'codex-requirements') {
        // one finding for the requirement, on its first host table or list
        if (t.path[0] !== 'experimental_network' || requirementReported) continue;
        requirementReported = true;
        report({
          message: `${t.where} has host rules, but \`[experimental_network]\` is not \`enabled = true\`: the requirement does not start the proxy, so the rules restrict nothing.`,
          span: t.span,
          fixes: fix ? [fix] : [],
        });
        continue;
      }
      if (t.path[0] === 'permissions') {
        const on = boolOf(m.entry([...t.path.slice(0, 3), 'enabled'])) === true;
        report({
          message: `${t.where} has host rules, but nothing starts the network proxy that enforces them (\`features.network_proxy = true\` or an admin \`[experimental_network]\` requirement)${on ? ': with `network.enabled = true` commands reach every host directly, production APIs included' : ': the rules restrict nothing'}.`,
          span: t.span,
          severity: on ? 'error' : undefined,
          fixes: fix ? [fix] : [],
        });
      } else if (t.path[0] === 'features') {
        report({
          message: `${t.where} has host rules, but \`[features.network_proxy]\` is not \`enabled = true\`: the proxy does not start, so the rules restrict nothing.`,
          span: t.span,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};
