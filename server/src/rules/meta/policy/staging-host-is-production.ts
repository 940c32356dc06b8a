import type { RuleMeta } from '../../../core/types.js';

export const policyStagingHostIsProductionMeta: RuleMeta = {
  id: 'SG952',
  name: 'policy-staging-host-is-production',
  severity: 'error',
  kind: 'policy',
  docs: {
    summary: 'A `stagingHosts` mapping points at a host that is itself production.',
    why: 'Staging hosts from the policy are trusted: quick fixes swap production hosts to them, and they are never reported. A mapping to a production host would turn a finding into a fix that keeps the task on production.',
    fix: 'Map the production host to its real staging or sandbox host. The mapping is ignored until then.',
    bad: 'stagingHosts:\n  payments.example.com: api.paypal.com',
    good: 'stagingHosts:\n  payments.example.com: payments.staging.example.com',
  },
};
