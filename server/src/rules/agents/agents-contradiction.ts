import type { AgentsRule } from '../../models/agents/context.js';
import { removeSentence } from '../../models/agents/firm.js';
import { agentsContradictionMeta } from '../meta/agents/agents-contradiction.js';

export const agentsContradiction: AgentsRule = {
  ...agentsContradictionMeta,
  check(ctx, report) {
    for (const u of ctx.a.units) {
      if (u.unit.kind !== 'paragraph') continue;
      for (const s of u.sentences) {
        if (!s.contradiction) continue;
        report({
          message: 'This instruction allows production access or live keys, contradicting the staging-only rules: remove it. When staging is down or a test key fails, the task should stop and report, not switch to production.',
          span: s.span,
          fixes: [{ title: 'Remove the instruction', edits: [removeSentence(ctx.text, u, s.span)] }],
        });
      }
    }
  },
};
