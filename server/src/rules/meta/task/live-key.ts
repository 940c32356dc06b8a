import type { RuleMeta } from '../../../core/types.js';

export const liveKeyMeta: RuleMeta = {
  id: 'SG202',
  name: 'live-key',
  severity: 'error',
  kind: 'task',
  alsoKinds: ['claude', 'srt', 'copilot', 'codex'],
  docs: {
    summary: 'A live-mode (production) key appears anywhere in the file: env values, comments, any string.',
    why: 'A live key acts on real customers, real money and real data. In a sandbox task an autonomous agent can use it for anything the key allows, and once committed the key is in the git history for good. Publishable live keys (`pk_live_…`) are public by design (not secret, nothing to revoke) but still tie the task to the production account; test-mode publishable keys (`pk_test_…`) are not reported.',
    fix: 'Revoke the live key now at the provider (rotating it is the only way to take it back), then give the task a test-mode or sandbox key stored in a secrets manager and referenced with `source` and `ref`.',
    bad: '# old key: sk_live_000000000000000000000000\nenv:\n  API_BASE_URL: https://api.stripe.com',
    good: 'credentials:\n  STAGING_STRIPE_KEY:\n    source: vault\n    ref: secret/staging_stripe_key',
  },
};
