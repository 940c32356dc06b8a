import type { TaskRule } from '../../models/task/taskContext.js';
import { secretHits, type SecretHit } from '../../models/task/secrets.js';
import { secretKind } from '../../secrets/describe.js';
import { redact } from '../../secrets/redact.js';
import { secretFixes } from './secretFixes.js';

function where(hit: SecretHit): string {
  if (hit.inComment) return 'in a comment';
  const p = hit.property;
  if (p?.credential) return `in credential \`${p.credential.name}\``;
  if (p) return `in \`${p.key}\``;
  return 'in the file';
}

export const liveKey: TaskRule = {
  id: 'SG202',
  name: 'live-key',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'A live-mode (production) key appears anywhere in the file: env values, comments, any string.',
    why: 'A live key acts on real customers, real money and real data. In a sandbox task an autonomous agent can use it for anything the key allows, and once committed the key is in the git history for good. Publishable live keys (`pk_live_…`) are public by design but still tie the task to the production account.',
    fix: 'Revoke the live key now at the provider (rotating it is the only way to take it back), then give the task a test-mode or sandbox key stored in a secrets manager and referenced with `source` and `ref`.',
    bad: '# old key: sk_live_000000000000000000000000\nenv:\n  API_BASE_URL: https://api.stripe.com',
    good: 'credentials:\n  STAGING_STRIPE_KEY:\n    source: vault\n    ref: secret/staging_stripe_key',
  },
  check(ctx, report) {
    for (const hit of secretHits(ctx)) {
      if (!hit.live) continue;
      const kind = secretKind(hit.pattern, ctx.catalog);
      const shown = `\`${redact(hit.secret)}\``;
      const message = hit.publishable
        ? `Live ${kind} ${shown} ${where(hit)}: it ties the sandbox task to the production account. Use the provider's test-mode publishable key instead.`
        : `LIVE ${kind} ${shown} ${where(hit)}: it acts on production (real customers, data and money). Revoke it now at the provider (it stays in the git history) and give the task a sandbox or test-mode key from a secrets manager.`;
      report({ message, span: hit.span, severity: hit.publishable ? 'warning' : undefined, fixes: secretFixes(ctx.text, hit) });
    }
  },
};
