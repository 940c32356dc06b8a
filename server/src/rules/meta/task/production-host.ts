import type { RuleMeta } from '../../../core/types.js';

export const productionHostMeta: RuleMeta = {
  id: 'SG101',
  name: 'production-host',
  severity: 'error',
  kind: 'task',
  alsoKinds: ['claude', 'srt', 'copilot', 'codex'],
  docs: {
    summary: 'A production host is in `allowlist` / `allowlist_additions`, or in an agent settings file\'s allowed domains (`allowedDomains`, `WebFetch(domain:…)` allow rules); hosts shared by test and live mode get a warning about the key (in a task config: info with `mode: test`, an error beside a live key of the provider).',
    why:
      'The allowlist is the only thing between an autonomous agent and the network. One production host in it and a task can create real charges, send real messages or change real customer records, with nobody watching. Hosts that serve test and live mode alike (Stripe, Twilio, Mollie, …) are only safe with a test-mode key.',
    fix: 'Replace the host with its staging or sandbox host (the quick fix uses the policy\'s `stagingHosts`, then the catalog). For shared hosts, give the task a test-mode key (e.g. `sk_test_…`) and state it on the credential with `mode: test`.',
    bad: 'network:\n  allowlist:\n    - api-m.paypal.com\n    - connect.squareup.com',
    good: 'network:\n  allowlist:\n    - api-m.sandbox.paypal.com\n    - connect.squareupsandbox.com',
  },
};
