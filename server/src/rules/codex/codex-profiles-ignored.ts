// SG625: the legacy `sandbox_mode` beside permission profiles, which Codex then ignores (documented trap).
import type { CodexRule } from '../../models/codex/context.js';
import { scopesOf } from '../../models/codex/scopes.js';
import { removeKeyValue } from '../../models/codex/tomlEdits.js';
import { codexProfilesIgnoredMeta } from '../meta/codex/codex-profiles-ignored.js';

export const codexProfilesIgnored: CodexRule = {
  ...codexProfilesIgnoredMeta,
  check(ctx, report) {
    const m = ctx.model;
    if (m.format !== 'codex') return;
    const uses = m.entry(['default_permissions']) ? '`default_permissions`' : m.permissionProfiles.length ? '`[permissions.*]`' : undefined;
    if (!uses) return;
    for (const scope of scopesOf(m)) {
      const mode = m.entry([...scope.prefix, 'sandbox_mode']);
      if (!mode) continue;
      report({
        message: `\`sandbox_mode\` (${scope.label}) is set while this file uses permission profiles (${uses}): Codex then uses the legacy sandbox and ignores the profiles — their domain rules, limited mode and filesystem rules do not apply.`,
        span: { start: mode.kv.key.range[0], end: mode.kv.key.range[1] },
        fixes: [{ title: 'Remove sandbox_mode (also remove it from the other config layers and drop --sandbox from launch scripts)', edits: [removeKeyValue(ctx.text, mode.kv)] }],
      });
    }
  },
};
