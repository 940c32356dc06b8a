// SG201 over agent settings: a literal secret written in the file (an `env` value, a comment, anywhere).
import type { SettingsRule } from '../../models/settings/context.js';
import { settingsSecrets, type SettingsSecret } from '../../models/settings/secrets.js';
import { secretKind } from '../../secrets/describe.js';
import { redact } from '../../secrets/redact.js';
import { secretInFileMeta } from '../meta/task/secret-in-file.js';

/** Where the secret sits, and how the agent should get it instead. */
export function secretWhere(s: SettingsSecret): string {
  return s.env ? ` in \`${s.env.name}\` of ${s.env.where}` : '';
}

export const SECRET_TODO = 'Revoke it, and give the agent a sandbox key from a secrets manager or the environment it is started in, not from a committed file.';

export const settingsSecretInFile: SettingsRule = {
  ...secretInFileMeta,
  check(ctx, report) {
    for (const s of settingsSecrets(ctx)) {
      if (s.live) continue;
      const what = s.pattern ? `A ${secretKind(s.pattern, ctx.catalog)}` : 'A literal secret';
      const matched = s.pattern ? ` (it matches the secret pattern ${s.pattern.id})` : '';
      const testNote = s.pattern && /test/.test(s.secret.slice(0, 28).toLowerCase()) ? ' Even a test-mode key reads and writes your sandbox account.' : '';
      report({
        message: `${what} (\`${redact(s.secret)}\`) is written in the file${secretWhere(s)}${matched}: anyone who can read the repository, and the agent, can use it.${testNote} ${SECRET_TODO}`,
        span: s.span,
      });
    }
  },
};
