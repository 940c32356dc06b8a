import type { AgentsRule } from '../../models/agents/context.js';
import { redact, scanSecrets, secretKind } from '../../secrets/index.js';
import { agentsSecretMeta } from '../meta/agents/agents-secret.js';

export const agentsSecret: AgentsRule = {
  ...agentsSecretMeta,
  check(ctx, report) {
    for (const m of scanSecrets(ctx.text, ctx.catalog)) {
      const kind = secretKind(m.pattern, ctx.catalog);
      const live = m.mode === 'live' ? 'live ' : m.mode === 'test' ? 'test-mode ' : '';
      report({
        message: `A ${live}${kind} (${redact(m.secret)}) is pasted into ${ctx.file}: everyone who can read the repository has it. Remove it, rotate the key, and refer to the credential by name (e.g. \`$STAGING_API_KEY\`).`,
        span: m.span,
        fixes: [{ title: 'Replace the key with `$STAGING_API_KEY`', edits: [{ ...m.span, newText: '$STAGING_API_KEY' }], preferred: true }],
      });
    }
  },
};
