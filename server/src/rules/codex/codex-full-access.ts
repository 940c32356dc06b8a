// SG622: no sandbox at all, by the legacy key or the built-in permission profile.
import type { CodexRule } from '../../models/codex/context.js';
import { scopesOf, stringOf } from '../../models/codex/scopes.js';
import { replaceWithString } from '../../models/codex/tomlEdits.js';
import { codexFullAccessMeta } from '../meta/codex/codex-full-access.js';

export const codexFullAccess: CodexRule = {
  ...codexFullAccessMeta,
  check(ctx, report) {
    const m = ctx.model;
    for (const scope of scopesOf(m)) {
      const mode = m.entry([...scope.prefix, 'sandbox_mode']);
      if (stringOf(mode) === 'danger-full-access' && mode) {
        report({
          message: `\`sandbox_mode = "danger-full-access"\` (${scope.label}) runs every command without a sandbox: commands reach every host, production APIs included, and every file the user can read.`,
          span: { start: mode.node.range[0], end: mode.node.range[1] },
          fixes: [{ title: 'Use sandbox_mode = "workspace-write" (then allow the staging hosts commands need through the network proxy)', edits: [replaceWithString(mode.node, 'workspace-write')] }],
        });
      }
      const perms = m.entry([...scope.prefix, 'default_permissions']);
      if (stringOf(perms) === ':danger-full-access' && perms) {
        report({
          message: `\`default_permissions = ":danger-full-access"\` (${scope.label}) selects the built-in profile that removes the sandbox: commands reach every host, production APIs included, and every file the user can read.`,
          span: { start: perms.node.range[0], end: perms.node.range[1] },
          fixes: [{ title: 'Use default_permissions = ":workspace" (then allow the staging hosts commands need in a permission profile)', edits: [replaceWithString(perms.node, ':workspace')] }],
        });
      }
    }
  },
};
