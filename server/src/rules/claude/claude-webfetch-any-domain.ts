// SG607: a WebFetch allow rule without a domain: the WebFetch tool (outside the Bash sandbox) may fetch anything.
import type { SettingsRule } from '../../models/settings/context.js';
import { claudeWebfetchAnyDomainMeta } from '../meta/claude/claude-webfetch-any-domain.js';
import { innerSpan, removeAtEdits } from './jsonEdits.js';

/** `WebFetch`, `WebFetch()`, `WebFetch(*)`: every domain (`WebFetch(domain:*)` is a host entry: SG103 reports it). */
const ANY = /^WebFetch(?:\(\*?\))?$/;

export const claudeWebfetchAnyDomain: SettingsRule = {
  ...claudeWebfetchAnyDomainMeta,
  check(ctx, report) {
    const list = ctx.model.get(['permissions', 'allow']);
    if (!Array.isArray(list?.value)) return;
    list.value.forEach((rule, i) => {
      if (typeof rule !== 'string' || !ANY.test(rule.trim())) return;
      const item = ctx.model.get(['permissions', 'allow', i]);
      if (!item) return;
      report({
        message: `\`${rule.trim()}\` in \`permissions.allow\` lets the WebFetch tool fetch every domain without asking, production APIs included: WebFetch does not run in the Bash sandbox, so \`sandbox.network.allowedDomains\` does not limit it. Allow one \`WebFetch(domain:<staging host>)\` per host instead.`,
        span: innerSpan(item),
        fixes: [{ title: `Remove ${rule.trim()} (WebFetch then asks before each new domain)`, edits: removeAtEdits(ctx.text, ['permissions', 'allow', i]) }],
      });
    });
  },
};
