import type { AgentsRule } from '../../models/agents/context.js';
import { appendRulesSection } from '../../models/agents/rulesText.js';
import { agentsRulesSectionMeta } from '../meta/agents/agents-rules-section.js';

export const agentsRulesSection: AgentsRule = {
  ...agentsRulesSectionMeta,
  check(ctx, report) {
    if (ctx.a.rulesSections.length) return;
    const end = ctx.lines.lineEnd(0);
    report({
      message: `${ctx.file} has no Rules section: add a \`## Rules\` section with the four staging-only rules (no production APIs, sandbox keys only, error handling and timeouts, audit logging).`,
      span: { start: 0, end },
      fixes: [{ title: 'Append a `## Rules` section with the four staging-only rules', edits: [appendRulesSection(ctx.text, ctx.a.md)], preferred: true, safe: true }],
    });
  },
};
