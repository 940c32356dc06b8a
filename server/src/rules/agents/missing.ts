// Shared check of SG402–SG405: one finding per staging rule missing from the Rules section, on its heading.
import type { AgentsContext } from '../../models/agents/context.js';
import { insertIntoSection, RULE_LABEL, RULE_TEXT, type StagingRule } from '../../models/agents/rulesText.js';
import type { Report } from '../../core/types.js';

const HALF: Record<'errors' | 'timeout', string> = { errors: 'error handling', timeout: 'a timeout' };

export function checkMissing(rule: StagingRule, ctx: AgentsContext, report: (r: Report) => void): void {
  const { a, text, lines } = ctx;
  const heading = a.rulesSections[0];
  if (!heading) return; // SG401 reports the missing section instead
  if (a.statements.some((s) => s.rule === rule)) return;
  let message: string;
  if (rule === 'errorHandling' && (a.halves.has('errors') || a.halves.has('timeout'))) {
    const have = a.halves.has('errors') ? 'errors' : 'timeout';
    const lack = have === 'errors' ? 'timeout' : 'errors';
    message = `The Rules section asks for ${HALF[have]} on external API calls but not ${HALF[lack]}: every external API call needs both. Add "${RULE_TEXT.errorHandling}".`;
  } else {
    message = `The Rules section has no rule about ${RULE_LABEL[rule]}: add "${RULE_TEXT[rule]}".`;
  }
  const outside = a.elsewhere.find((s) => s.rule === rule);
  if (outside) message += ` (Line ${lines.position(outside.span.start).line + 1} says it outside the Rules section, where it reads as background, not as a rule.)`;
  report({
    message,
    span: heading.span,
    fixes: [{ title: `Add the rule "${RULE_TEXT[rule]}" to the Rules section`, edits: [insertIntoSection(text, a.md, heading, [rule])], preferred: true, safe: true }],
  });
}
