import type { RuleMeta } from '../../../core/types.js';

export const copilotFirewallDisabledMeta: RuleMeta = {
  id: 'SG646',
  name: 'copilot-firewall-disabled',
  severity: 'error',
  kind: 'copilot',
  docs: {
    summary: 'The setup steps export `COPILOT_AGENT_FIREWALL_ENABLED: false`: the team has turned off the agent\'s firewall.',
    why: 'Without its firewall Copilot\'s agent reaches every host, production APIs included, with whatever keys its environment holds. The switch that counts lives in the repository settings (or the older Actions variable); a workflow that exports `false` documents, or copies, a firewall that is off.',
    fix: 'Turn the firewall on in the repository settings (Settings → Copilot → coding agent) and add only staging hosts to its allow list; then remove the variable or set it to `true` here.',
    bad: 'env:\n  COPILOT_AGENT_FIREWALL_ENABLED: false',
    good: 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: api-m.sandbox.paypal.com\njobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read',
  },
};
