import type { AgentsRule } from '../../models/agents/context.js';
import { CONTEXT_WORDS, productionVerdict, stagingSwapFor, twinsOf } from '../../models/agents/hosts.js';
import { governedConfigs } from '../../models/agents/governance.js';
import { normalizeHostEntry } from '../../hosts/hostname.js';
import { agentsProductionHostMeta } from '../meta/agents/agents-production-host.js';

export const agentsProductionHost: AgentsRule = {
  ...agentsProductionHostMeta,
  check(ctx, report) {
    const named = new Set(ctx.a.mentions.map((m) => m.host));
    if (ctx.workspace && ctx.path) {
      for (const c of governedConfigs(ctx.path, ctx.workspace)) for (const d of c.docs) for (const e of d.allowlist) named.add(normalizeHostEntry(e.value).host);
    }
    const twins = twinsOf(named);
    for (const m of ctx.a.mentions) {
      if (m.forbidden) continue;
      const v = productionVerdict(m, ctx.catalog, ctx.policy, twins);
      if (!v) continue;
      const swap = stagingSwapFor(m.host, ctx.catalog, ctx.policy);
      report({
        message: `\`${m.host}\` is ${v.why}, ${CONTEXT_WORDS[m.context]}: an agent following ${ctx.file} will call production.${swap ? ` Use the staging host \`${swap.host}\`${swap.derived ? ' (derived from the name: check that it exists)' : ''}.` : ' Replace it with a staging host.'}`,
        span: m.span,
        severity: v.uncertain ? 'warning' : undefined,
        fixes: swap ? [{ title: `Replace with the staging host \`${swap.host}\``, edits: [{ ...m.span, newText: swap.host }], preferred: true }] : [],
      });
    }
  },
};
