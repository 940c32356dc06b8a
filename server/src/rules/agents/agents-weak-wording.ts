import type { AgentsRule } from '../../models/agents/context.js';
import { firmFix, standardWording, withEnding } from '../../models/agents/firm.js';
import { HEDGE, SOFT } from '../../models/agents/lexicon.js';
import { tokenize } from '../../models/agents/tokens.js';
import type { Fix } from '../../core/types.js';
import { agentsWeakWordingMeta } from '../meta/agents/agents-weak-wording.js';

export const agentsWeakWording: AgentsRule = {
  ...agentsWeakWordingMeta,
  check(ctx, report) {
    for (const u of ctx.a.units) {
      if (u.unit.kind !== 'paragraph') continue;
      for (const s of u.sentences) {
        if (!s.weak) continue;
        const sentence = ctx.text.slice(s.span.start, s.span.end);
        const toks = tokenize(sentence);
        const i = toks.findIndex((t) => HEDGE.has(t.w) || SOFT.has(t.w));
        // quote "try to", "should", "ideally": the words that make it a wish
        const end = i >= 0 && toks[i + 1]?.w === 'to' ? toks[i + 1].end : toks[i]?.end;
        const word = i >= 0 ? sentence.slice(toks[i].start, end) : 'soft wording';
        const fixes: Fix[] = [];
        const firm = firmFix(sentence);
        if (firm) fixes.push({ title: `Make it a rule: "${firm}"`, edits: [{ ...s.span, newText: firm }], preferred: true });
        const std = withEnding(sentence, standardWording(s.concepts));
        if (std && std !== firm) fixes.push({ title: `Use the standard wording: "${std}"`, edits: [{ ...s.span, newText: std }], preferred: !firm });
        report({
          message: `This staging rule is worded as a wish ("${word}"): an agent may trade it for convenience. State it as a rule with "NEVER" or "must".`,
          span: s.span,
          fixes,
        });
      }
    }
  },
};
