// SG202 over agent settings: a live (production) key written in the file.
import type { SettingsRule } from '../../models/settings/context.js';
import { settingsSecrets } from '../../models/settings/secrets.js';
import { secretKind } from '../../secrets/describe.js';
import { redact } from '../../secrets/redact.js';
import { liveKeyMeta } from '../meta/task/live-key.js';
import { secretWhere } from './secret-in-file.js';

export const settingsLiveKey: SettingsRule = {
  ...liveKeyMeta,
  check(ctx, report) {
    for (const s of settingsSecrets(ctx)) {
      if (!s.live) continue;
      const kind = secretKind(s.pattern, ctx.catalog);
      const shown = `\`${redact(s.secret)}\``;
      const where = secretWhere(s) || ' in the file';
      const message = s.publishable
        ? `Live ${kind} ${shown}${where}: it ties the agent's sandbox to the production account. Use the provider's test-mode publishable key instead.`
        : `LIVE ${kind} ${shown}${where}: it acts on production (real customers, data and money). Revoke it now at the provider (it stays in the git history) and give the agent a sandbox or test-mode key from a secrets manager.`;
      report({ message, span: s.span, severity: s.publishable ? 'warning' : undefined });
    }
  },
};
