// SG503: an allowlisted host that the governing instruction file (AGENTS.md, CLAUDE.md, …) says must never be called.
// One rule, reported on both files and linked: on the allowlist entry (task side) and on the prohibition (AGENTS.md side).
import { allowlistEntriesFor, displayPath, governedConfigs } from '../../models/agents/governance.js';
import { LineIndex } from '../../core/lineIndex.js';
import { agentsForbiddenHostAllowlistedMeta } from '../meta/task/agents-forbidden-host-allowlisted.js';
import { allowlistEntries, removeFix } from '../task/hostEntryUtil.js';
import type { CrossFileRule } from './crossRule.js';
import { governingProhibitions } from './governingProhibitions.js';

export const agentsForbiddenHostAllowlisted: CrossFileRule = {
  meta: agentsForbiddenHostAllowlistedMeta,
  task(ctx, report) {
    if (!ctx.workspace || !ctx.path) return;
    const p = governingProhibitions(ctx.path, ctx.workspace);
    if (!p) return;
    const checked = allowlistEntries(ctx);
    for (const m of p.forbidden) {
      for (const e of allowlistEntriesFor(m.host, ctx.docs)) {
        report({
          message: `\`${e.value}\` is allowlisted, but ${p.shown} says \`${m.host}\` must never be called: remove the entry, or correct ${p.file} if the host is safe.`,
          span: e.span,
          related: [p.related(m)],
          // removeFix keeps a flow list valid (its comma goes too; the last item leaves `[]`)
          fixes: [removeFix(ctx, checked.find((c) => c.entry === e)!, `Remove \`${e.value}\` from the allowlist`)],
        });
      }
    }
  },
  agents(ctx, report) {
    if (!ctx.workspace || !ctx.path) return;
    const forbidden = ctx.a.mentions.filter((m) => m.forbidden);
    if (!forbidden.length) return;
    const configs = governedConfigs(ctx.path, ctx.workspace);
    for (const m of forbidden) {
      for (const c of configs) {
        const entries = allowlistEntriesFor(m.host, c.docs);
        if (!entries.length) continue;
        const lines = new LineIndex(c.text);
        report({
          message: `${ctx.file} says \`${m.host}\` must never be called, but ${displayPath(c.path, ctx.path)} allowlists it (\`${entries[0].value}\`): the sandbox lets the agent through. Remove the allowlist entry.`,
          span: m.span,
          related: entries.map((e) => ({ path: c.path, span: e.span, range: lines.range(e.span), message: `allowlists \`${e.value}\`` })),
        });
      }
    }
  },
};
