// SG503 on an agent-settings file: a host the governing instruction file forbids is allowed there. The agent's
// own instruction files govern (Copilot: .github/copilot-instructions.md, then AGENTS.md; instructionFiles.ts).
import { entryAllows } from '../../models/agents/governance.js';
import type { InstructionReader } from '../../models/agents/instructionFiles.js';
import { governingProhibitions } from './governingProhibitions.js';
import type { SettingsRule } from '../../models/settings/context.js';
import { agentsForbiddenHostAllowlistedMeta } from '../meta/task/agents-forbidden-host-allowlisted.js';
import { allowedHosts, removeFix } from '../settings/hostEntries.js';

export function forbiddenHostInSettings(reader: InstructionReader): SettingsRule {
  return {
    ...agentsForbiddenHostAllowlistedMeta,
    check(ctx, report) {
      if (!ctx.workspace || !ctx.path) return;
      const p = governingProhibitions(ctx.path, ctx.workspace, reader);
      if (!p) return;
      for (const h of allowedHosts(ctx)) {
        const m = p.forbidden.find((x) => entryAllows(h.norm.host, x.host.toLowerCase()));
        if (!m) continue;
        report({
          message: `\`${h.host.text}\` is allowed in ${h.host.where}, but ${p.shown} says \`${m.host}\` must never be called: remove the entry, or correct ${p.file} if the host is safe.`,
          span: h.host.span,
          related: [p.related(m)],
          fixes: [removeFix(h, `Remove ${h.host.text}`)],
        });
      }
    },
  };
}
