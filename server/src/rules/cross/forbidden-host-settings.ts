// SG503 on an agent-settings file: a host the governing instruction file forbids is allowed there. The agent's
// own instruction files govern (Copilot: .github/copilot-instructions.md, then AGENTS.md; instructionFiles.ts).
import { LineIndex } from '../../core/lineIndex.js';
import { analyzeAgentsCached } from '../../models/agents/analyze.js';
import { displayPath, entryAllows, governingAgentsPath } from '../../models/agents/governance.js';
import { instructionFileLabel, type InstructionReader } from '../../models/agents/instructionFiles.js';
import type { SettingsRule } from '../../models/settings/context.js';
import { agentsForbiddenHostAllowlistedMeta } from '../meta/task/agents-forbidden-host-allowlisted.js';
import { allowedHosts, removeFix } from '../settings/hostEntries.js';

export function forbiddenHostInSettings(reader: InstructionReader): SettingsRule {
  return {
    ...agentsForbiddenHostAllowlistedMeta,
    check(ctx, report) {
      if (!ctx.workspace || !ctx.path) return;
      const governing = governingAgentsPath(ctx.path, ctx.workspace, reader);
      if (!governing) return;
      const text = ctx.workspace.readText(governing) ?? '';
      const forbidden = analyzeAgentsCached(text).mentions.filter((m) => m.forbidden);
      if (!forbidden.length) return;
      const lines = new LineIndex(text);
      const shown = displayPath(governing, ctx.path);
      const file = instructionFileLabel(governing);
      for (const h of allowedHosts(ctx)) {
        const m = forbidden.find((x) => entryAllows(h.norm.host, x.host.toLowerCase()));
        if (!m) continue;
        report({
          message: `\`${h.host.text}\` is allowed in ${h.host.where}, but ${shown} says \`${m.host}\` must never be called: remove the entry, or correct ${file} if the host is safe.`,
          span: h.host.span,
          related: [{ path: governing, span: m.span, range: lines.range(m.span), message: `${file} forbids calling \`${m.host}\`` }],
          fixes: [removeFix(h, `Remove ${h.host.text}`)],
        });
      }
    },
  };
}
