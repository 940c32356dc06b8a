import type { RuleMeta } from '../../../core/types.js';

export const copilotRunProductionUrlMeta: RuleMeta = {
  id: 'SG642',
  name: 'copilot-run-production-url',
  severity: 'error',
  kind: 'copilot',
  docs: {
    summary: 'A `run` script of Copilot\'s setup steps calls a production URL.',
    why: 'Setup steps run outside the agent\'s firewall with the repository\'s Copilot secrets: a `curl` to a production API seeds, migrates or charges live data before the agent has done anything, and the script is the example the agent will copy.',
    fix: 'Call the provider\'s sandbox or staging host (the quick fix swaps the host and keeps scheme and path), or move the call out of the setup steps.',
    bad: 'jobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -sf https://api-m.paypal.com/v1/notifications/webhooks',
    good: 'jobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl -sf https://api-m.sandbox.paypal.com/v1/notifications/webhooks',
  },
};
