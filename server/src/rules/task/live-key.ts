import type { TaskRule } from '../../models/task/taskContext.js';
import { secretHits, type SecretHit } from '../../models/task/secrets.js';
import { secretKind } from '../../secrets/describe.js';
import { redact } from '../../secrets/redact.js';
import { secretFixes } from './secretFixes.js';
import { liveKeyMeta } from '../meta/task/live-key.js';

function where(hit: SecretHit): string {
  if (hit.inComment) return 'in a comment';
  const p = hit.property;
  if (p?.credential) return `in credential \`${p.credential.name}\``;
  if (p) return `in \`${p.key}\``;
  return 'in the file';
}

export const liveKey: TaskRule = {
  ...liveKeyMeta,
  check(ctx, report) {
    for (const hit of secretHits(ctx)) {
      if (!hit.live) continue;
      const kind = secretKind(hit.pattern, ctx.catalog);
      const shown = `\`${redact(hit.secret)}\``;
      const message = hit.publishable
        ? `Live ${kind} ${shown} ${where(hit)}: publishable, not secret (browsers see it, nothing to revoke), but a live-mode key: it ties the sandbox task to the production account. Use the test-mode publishable key (pk_test_…) instead.`
        : `LIVE ${kind} ${shown} ${where(hit)}: it acts on production (real customers, data and money). Revoke it now at the provider (it stays in the git history) and give the task a sandbox or test-mode key from a secrets manager.`;
      report({ message, span: hit.span, severity: hit.publishable ? 'warning' : undefined, fixes: secretFixes(ctx.text, hit) });
    }
  },
};
