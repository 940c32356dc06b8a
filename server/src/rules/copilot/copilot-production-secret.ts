// SG641: `${{ secrets.NAME }}` with a production name (SG206's reading of names) in the setup steps.
import type { CopilotRule } from '../../models/copilot/context.js';
import { productionParts, stagingName } from '../../secrets/productionNames.js';
import { copilotProductionSecretMeta } from '../meta/copilot/copilot-production-secret.js';

export const copilotProductionSecret: CopilotRule = {
  ...copilotProductionSecretMeta,
  check(ctx, report) {
    for (const ref of ctx.model.workflow.secretRefs) {
      const parts = productionParts(ref.name);
      if (!parts.length) continue;
      const staging = stagingName(ref.name);
      const written = ctx.text.slice(ref.span.start, ref.span.end);
      const at = ref.span.start + written.lastIndexOf(ref.name);
      report({
        message: `\`secrets.${ref.name}\` in \`${ref.in.where}\` is named for production (${parts.map((p) => `\`${p}\``).join(', ')}): the setup steps run outside the agent's firewall and what they receive can reach the agent. Pass a dedicated sandbox key (e.g. \`secrets.${staging}\`) and revoke this one if the agent ever had it.`,
        span: ref.span,
        fixes: [{
          title: `Use secrets.${staging} (create that secret with a sandbox key first)`,
          edits: [{ start: at, end: at + ref.name.length, newText: staging }],
          preferred: true,
        }],
      });
    }
  },
};
