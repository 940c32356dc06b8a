// SG608: a production-named variable in `env` that sandboxed commands are not denied.
import type { Fix } from '../../core/types.js';
import type { SettingsRule } from '../../models/settings/context.js';
import { productionParts } from '../task/production-credential-name.js';
import { claudeProductionEnvNotDeniedMeta } from '../meta/claude/claude-production-env-not-denied.js';
import { appendEdits, setValueEdits } from './jsonEdits.js';
import { configuresSandbox } from './sandboxScope.js';

const LIST = ['sandbox', 'credentials', 'envVars'];

/** Names denied in `sandbox.credentials.envVars` (`{ "name": …, "mode": "deny" }`). */
function deniedNames(value: unknown): Set<string> {
  const out = new Set<string>();
  if (!Array.isArray(value)) return out;
  for (const e of value) if (e && typeof e === 'object' && (e as { mode?: unknown }).mode === 'deny' && typeof (e as { name?: unknown }).name === 'string') out.add((e as { name: string }).name);
  return out;
}

export const claudeProductionEnvNotDenied: SettingsRule = {
  ...claudeProductionEnvNotDeniedMeta,
  check(ctx, report) {
    const list = ctx.model.get(LIST);
    const denied = deniedNames(list?.value);
    for (const env of ctx.model.env) {
      const parts = productionParts(env.name);
      if (!parts.length || denied.has(env.name)) continue;
      const entry = { name: env.name, mode: 'deny' };
      let fix: Fix | undefined;
      const title = `Deny ${env.name} to sandboxed commands (Claude Code itself and its other tools still have it)`;
      if (Array.isArray(list?.value)) fix = { title, edits: appendEdits(ctx.text, LIST, entry, list.value.length) };
      else if (configuresSandbox(ctx) && !list) fix = { title, edits: setValueEdits(ctx.text, LIST, [entry]) };
      report({
        message: `\`${env.name}\` in \`env\` is named for production (${parts.map((p) => `\`${p}\``).join(', ')}) and is not denied in \`sandbox.credentials.envVars\`: every command the agent runs gets it. Give the agent a staging variable instead; denying it keeps it only from sandboxed Bash commands, while Claude Code itself and its other tools still have it.`,
        span: env.nameSpan,
        fixes: fix ? [fix] : [],
      });
    }
  },
};
