import type { RuleMeta } from '../../../core/types.js';

export const agentsProductionHostMeta: RuleMeta = {
  id: 'SG407',
  name: 'agents-production-host',
  severity: 'error',
  kind: 'agents',
  docs: {
    summary: 'AGENTS.md names a production host or URL: in prose, a link target, inline code or a fenced code block.',
    why: 'Everything in AGENTS.md is an instruction to the agent: a `curl https://api.example.com/…` example is a command it may run, and a production URL in prose is where it will point its code. One production host undoes the task config\'s protection. Hosts named in a prohibition ("never call …") are not reported.',
    fix: 'Use the staging host instead (the quick fix takes it from the policy\'s `stagingHosts`, then the catalog, else the derived `staging.` host).',
    bad: '```bash\ncurl https://api-m.paypal.com/v1/payments\n```',
    good: '```bash\ncurl https://api-m.sandbox.paypal.com/v1/payments\n```',
  },
};
