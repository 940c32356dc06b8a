import type { RuleMeta } from '../../../core/types.js';

export const productionEnvEndpointMeta: RuleMeta = {
  id: 'SG301',
  name: 'production-env-endpoint',
  severity: 'error',
  kind: 'task',
  alsoKinds: ['copilot'],
  docs: {
    summary: 'An `env` value (a URL or a host) points at a production host.',
    why: 'Env values are the endpoints the task\'s code calls: they are injected so the agent never picks one itself. One production URL here and every request of the task — including writes, retries and test fixtures — hits production, with whatever key the task holds.',
    fix: 'Point the variable at the provider\'s sandbox or staging host (the quick fix swaps the host and keeps scheme and path). For hosts shared by test and live mode (Stripe, Twilio), keep the host and make sure the task\'s key is a test-mode key.',
    bad: 'env:\n  PAYPAL_API_BASE: https://api-m.paypal.com/v2',
    good: 'env:\n  PAYPAL_API_BASE: https://api-m.sandbox.paypal.com/v2',
  },
};
