import type { AgentsRule } from '../../models/agents/context.js';
import { allowlistEntriesFor, displayPath, governedConfigs } from '../../models/agents/governance.js';
import { CONTEXT_WORDS, productionVerdict, twinsOf } from '../../models/agents/hosts.js';
import { LineIndex } from '../../core/lineIndex.js';
import { classifyHost } from '../../hosts/classify.js';
import { agentsHostNotAllowlistedMeta } from '../meta/agents/agents-host-not-allowlisted.js';

export const agentsHostNotAllowlisted: AgentsRule = {
  ...agentsHostNotAllowlistedMeta,
  check(ctx, report) {
    if (!ctx.workspace || !ctx.path) return;
    const configs = governedConfigs(ctx.path, ctx.workspace);
    if (!configs.length) return;
    const twins = twinsOf(ctx.a.mentions.map((m) => m.host));
    const seen = new Set<string>();
    const indexes = new Map<string, LineIndex>();
    const lineIndexOf = (t: string) => indexes.get(t) ?? indexes.set(t, new LineIndex(t)).get(t)!;
    for (const m of ctx.a.mentions) {
      if (m.forbidden || seen.has(m.host)) continue;
      seen.add(m.host);
      const kind = classifyHost(m.host, ctx.catalog, ctx.policy).kind;
      if (kind === 'dependency' || kind === 'metadata' || productionVerdict(m, ctx.catalog, ctx.policy, twins)) continue;
      if (configs.some((c) => allowlistEntriesFor(m.host, c.docs).length)) continue;
      const names = configs.map((c) => displayPath(c.path, ctx.path));
      report({
        message: `${ctx.file} names \`${m.host}\` ${CONTEXT_WORDS[m.context]}, but no task config it governs allowlists it (${names.join(', ')}): a task following this will be blocked. Allowlist it where it is needed, or correct the host.`,
        span: m.span,
        related: configs.map((c) => {
          const span = c.docs.find((d) => d.network)?.network?.keySpan ?? { start: 0, end: 0 };
          return { path: c.path, span, range: lineIndexOf(c.text).range(span), message: `does not allowlist \`${m.host}\`` };
        }),
      });
    }
  },
};
