// SG646: the agent's firewall exported as switched off.
import type { CopilotRule } from '../../models/copilot/context.js';
import { FIREWALL_VAR } from '../../models/copilot/setupSteps.js';
import { copilotFirewallDisabledMeta } from '../meta/copilot/copilot-firewall-disabled.js';

export const copilotFirewallDisabled: CopilotRule = {
  ...copilotFirewallDisabledMeta,
  check(ctx, report) {
    for (const v of ctx.model.workflow.firewall) {
      if (v.value.trim().toLowerCase() !== 'false') continue;
      report({
        message: `\`${FIREWALL_VAR}: false\` in \`${v.where.slice(0, v.where.lastIndexOf('.'))}\`: the team has switched the agent's firewall off, so the agent reaches every host, production APIs included. Turn it on in the repository settings (Settings → Copilot → coding agent), where it is enforced.`,
        span: v.nodeSpan,
        // the file only declares it: the switch that counts is in the repository settings
        fixes: [{ title: 'Set it to true here (then turn the firewall on in repository settings)', edits: [{ ...v.nodeSpan, newText: 'true' }] }],
      });
    }
  },
};
