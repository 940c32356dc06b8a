import type { RuleMeta } from '../../../core/types.js';

export const codexDottedHostKeyMeta: RuleMeta = {
  id: 'SG630',
  name: 'codex-dotted-host-key',
  severity: 'error',
  kind: 'codex',
  docs: {
    summary: 'A host in a Codex `domains` table is written as a bare dotted key (`api.example.com = "allow"`), which TOML reads as nested tables, not as a host.',
    why: 'In TOML, dots in a bare key separate tables: `api.example.com = "allow"` means `api` → `example` → `com`. Codex expects a host pattern mapped to `"allow"` or `"deny"` and cannot read the table, so the rule the reviewer sees is not the rule that applies.',
    fix: 'Quote the host: `"api.example.com" = "allow"`.',
    bad: '[permissions.ci.network.domains]\napi.staging.example.com = "allow"',
    good: '[permissions.ci.network.domains]\n"api.staging.example.com" = "allow"',
  },
};
