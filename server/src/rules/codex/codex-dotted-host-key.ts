// SG630: `api.example.com = "allow"` in a domains table: three nested tables in TOML, not a host.
import type { CodexRule } from '../../models/codex/context.js';
import { quoteValue } from '../../secrets/redactText.js';
import { basicString } from '../../models/codex/tomlEdits.js';
import { codexDottedHostKeyMeta } from '../meta/codex/codex-dotted-host-key.js';

export const codexDottedHostKey: CodexRule = {
  ...codexDottedHostKeyMeta,
  check(ctx, report) {
    for (const d of ctx.model.dottedHostKeys) {
      const shown = quoteValue(d.host, 80);
      const keys = d.keys;
      report({
        message: `\`${shown}\` in ${d.where} is a bare dotted key: TOML reads it as nested tables, not as the host, and Codex cannot read the rule. Quote it: \`${basicString(shown)}\`.`,
        span: d.span,
        fixes: keys ? [{ title: `Quote the host: ${basicString(shown)}`, edits: [{ start: keys[0].range[0], end: keys[keys.length - 1].range[1], newText: basicString(d.host) }], preferred: true }] : [],
      });
    }
  },
};
