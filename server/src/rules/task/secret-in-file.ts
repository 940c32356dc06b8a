import type { TaskRule } from '../../models/task/taskContext.js';
import { secretHits, type SecretHit } from '../../models/task/secrets.js';
import { secretKind } from '../../secrets/describe.js';
import { redact } from '../../secrets/redact.js';
import { secretFixes } from './secretFixes.js';

function where(hit: SecretHit): string {
  if (hit.inComment) return ' in a comment';
  const p = hit.property;
  if (!p) return '';
  if (p.wholeCredential) return ` as the value of credential \`${p.key}\``;
  return p.credential ? ` in \`${p.key}\` of credential \`${p.credential.name}\`` : ` in \`${p.key}\``;
}

export const secretInFile: TaskRule = {
  id: 'SG201',
  name: 'secret-in-file',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'A secret value is written in the task config (a `token`/`password`/`key`-like property, or a string or comment matching a known key format).',
    why: 'Everyone who can read the repository — and the agent itself, which reads its config — can use the secret, and it stays in the git history after it is deleted. Task configs must only name credentials; the orchestrator injects values from a secrets manager at task start.',
    fix: 'Revoke the secret at the provider, store a new sandbox key in a secrets manager, and reference it: `source: vault` plus `ref: secret/<name>`. The quick fix rewrites the credential; secrets in comments must be deleted by hand (or with the comment fix) and revoked.',
    bad: 'credentials:\n  STAGING_STRIPE_KEY:\n    password: correct-horse-battery-staple\n    scope: task',
    good: 'credentials:\n  STAGING_STRIPE_KEY:\n    source: vault\n    ref: secret/staging_stripe_key\n    scope: task',
  },
  check(ctx, report) {
    for (const hit of secretHits(ctx)) {
      if (hit.live) continue;
      const what = hit.pattern ? `A ${secretKind(hit.pattern, ctx.catalog)}` : 'A literal secret';
      const matched = hit.pattern ? ` (it matches the secret pattern ${hit.pattern.id})` : '';
      const testNote = hit.pattern && /test/.test(hit.secret.slice(0, 28).toLowerCase()) ? ' Even a test-mode key reads and writes your sandbox account.' : '';
      report({
        message: `${what} (\`${redact(hit.secret)}\`) is written in the file${where(hit)}${matched}: anyone who can read the repository, and the agent, can use it.${testNote} Revoke it, keep the value in a secrets manager and reference it with \`source\` and \`ref\`.`,
        span: hit.span,
        fixes: secretFixes(ctx.text, hit),
      });
    }
  },
};
