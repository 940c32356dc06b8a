// SG628: a production-named variable handed to every command through `shell_environment_policy.set`.
import type { CodexRule } from '../../models/codex/context.js';
import { productionParts } from '../task/production-credential-name.js';
import { codexProductionEnvVarMeta } from '../meta/codex/codex-production-env-var.js';

export const codexProductionEnvVar: CodexRule = {
  ...codexProductionEnvVarMeta,
  check(ctx, report) {
    for (const e of ctx.model.env) {
      const parts = productionParts(e.name);
      if (!parts.length) continue;
      report({
        message: `\`${e.name}\` in ${e.where} is named for production (${parts.join(', ')}): every command Codex runs gets it. Give the agent a staging variable instead and keep production credentials out of its environment.`,
        span: e.nameSpan,
      });
    }
  },
};
