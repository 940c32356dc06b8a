// SG503, task-config side: an allowlisted host that the governing AGENTS.md says must never be called.
// (The AGENTS.md side is in server/src/rules/agents/agents-forbidden-host-allowlisted.ts; both report under SG503.)
import { analyzeAgentsCached } from '../../models/agents/analyze.js';
import { allowlistEntriesFor, displayPath, governingAgentsPath } from '../../models/agents/governance.js';
import { LineIndex } from '../../core/lineIndex.js';
import type { TaskRule } from '../../models/task/taskContext.js';
import { forbiddenHostDocs } from '../agents/agents-forbidden-host-allowlisted.js';
import { allowlistEntries, removeFix } from './hostEntryUtil.js';

export const agentsForbiddenHostAllowlistedTask: TaskRule = {
  id: 'SG503',
  name: 'agents-forbidden-host-allowlisted',
  severity: 'error',
  kind: 'task',
  docs: forbiddenHostDocs,
  check(ctx, report) {
    if (!ctx.workspace || !ctx.path) return;
    const governing = governingAgentsPath(ctx.path, ctx.workspace);
    if (!governing) return;
    const text = ctx.workspace.readText(governing) ?? '';
    const forbidden = analyzeAgentsCached(text).mentions.filter((m) => m.forbidden);
    if (!forbidden.length) return;
    const lines = new LineIndex(text);
    const shown = displayPath(governing, ctx.path);
    const checked = allowlistEntries(ctx);
    for (const m of forbidden) {
      for (const e of allowlistEntriesFor(m.host, ctx.docs)) {
        report({
          message: `\`${e.value}\` is allowlisted, but ${shown} says \`${m.host}\` must never be called: remove the entry, or correct AGENTS.md if the host is safe.`,
          span: e.span,
          related: [{ path: governing, span: m.span, range: lines.range(m.span), message: `AGENTS.md forbids calling \`${m.host}\`` }],
          // removeFix keeps a flow list valid (its comma goes too; the last item leaves `[]`)
          fixes: [removeFix(ctx, checked.find((c) => c.entry === e)!, `Remove \`${e.value}\` from the allowlist`)],
        });
      }
    }
  },
};
