import type { TaskRule } from '../../models/task/taskContext.js';
import { secretHits, type SecretHit } from '../../models/task/secrets.js';
import { secretKind } from '../../secrets/describe.js';
import { redact } from '../../secrets/redact.js';
import { secretFixes } from './secretFixes.js';
import { secretInFileMeta } from '../meta/task/secret-in-file.js';

function where(hit: SecretHit): string {
  if (hit.inComment) return ' in a comment';
  const p = hit.property;
  if (!p) return '';
  if (p.wholeCredential) return ` as the value of credential \`${p.key}\``;
  return p.credential ? ` in \`${p.key}\` of credential \`${p.credential.name}\`` : ` in \`${p.key}\``;
}

export const secretInFile: TaskRule = {
  ...secretInFileMeta,
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
