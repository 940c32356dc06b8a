// SG503, AGENTS.md side: a host AGENTS.md forbids that a governed task config allowlists.
// Not listed in agentsRules (the task-side rule object already registers SG503); the AGENTS.md hook runs it.
import type { AgentsRule } from '../../models/agents/context.js';
import { allowlistEntriesFor, displayPath, governedConfigs } from '../../models/agents/governance.js';
import { LineIndex } from '../../core/lineIndex.js';
import type { RuleDocs } from '../../core/types.js';

export const forbiddenHostDocs: RuleDocs = {
  summary: 'A task config allowlists a host that its governing AGENTS.md says must never be called (reported on both files, linked).',
  why: 'The two files disagree: the agent is told never to call the host while the sandbox lets it through. The allowlist wins at run time, so the prohibition protects nothing, and a reviewer reading either file alone gets the wrong picture.',
  fix: 'Remove the host from the allowlist, or, if it is in fact safe (a staging host), correct AGENTS.md.',
  bad: '# AGENTS.md: "- NEVER call api.example.com from cloud tasks"\nnetwork:\n  allowlist:\n    - api.example.com',
  good: '# AGENTS.md: "- NEVER call api.example.com from cloud tasks"\nnetwork:\n  allowlist:\n    - api.staging.example.com',
};

export const agentsForbiddenHostAllowlisted: AgentsRule = {
  id: 'SG503',
  name: 'agents-forbidden-host-allowlisted',
  severity: 'error',
  kind: 'agents',
  docs: forbiddenHostDocs,
  check(ctx, report) {
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
          message: `AGENTS.md says \`${m.host}\` must never be called, but ${displayPath(c.path, ctx.path)} allowlists it (\`${entries[0].value}\`): the sandbox lets the agent through. Remove the allowlist entry.`,
          span: m.span,
          related: entries.map((e) => ({ path: c.path, span: e.span, range: lines.range(e.span), message: `allowlists \`${e.value}\`` })),
        });
      }
    }
  },
};
