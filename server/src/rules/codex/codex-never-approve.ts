// SG629: `approval_policy = "never"` with no sandbox or unrestricted network: nothing blocks or asks.
import type { CodexRule } from '../../models/codex/context.js';
import { boolOf, effective, proxyEnabled, scopesOf, stringOf } from '../../models/codex/scopes.js';
import { replaceWithString } from '../../models/codex/tomlEdits.js';
import { codexNeverApproveMeta } from '../meta/codex/codex-never-approve.js';

export const codexNeverApprove: CodexRule = {
  ...codexNeverApproveMeta,
  check(ctx, report) {
    const m = ctx.model;
    if (m.format !== 'codex') return;
    for (const scope of scopesOf(m)) {
      const approval = effective(m, scope, ['approval_policy']);
      if (stringOf(approval?.entry) !== 'never' || !approval) continue;
      const mode = effective(m, scope, ['sandbox_mode']);
      const perms = effective(m, scope, ['default_permissions']);
      const full = stringOf(mode?.entry) === 'danger-full-access' || stringOf(perms?.entry) === ':danger-full-access';
      const access = effective(m, scope, ['sandbox_workspace_write', 'network_access']);
      const open = !full && boolOf(access?.entry) === true && !proxyEnabled(m) && stringOf(mode?.entry) !== 'read-only';
      if (!full && !open) continue;
      // reported once, where the combination is made: a profile that inherits all of it from the top level adds nothing
      if (scope.prefix.length && !approval.own && !(mode?.own || perms?.own || access?.own)) continue;
      const node = approval.entry.node;
      // a profile that inherits `never` is reported where it adds the rest: its own sandbox or network key
      const own = [mode, perms, access].find((x) => x?.own && (x === access ? boolOf(x.entry) === true : true));
      const at = approval.own || !own ? node : own.entry.node;
      report({
        message: full
          ? `\`approval_policy = "never"\` (${scope.label}) with no sandbox (danger-full-access): Codex runs every command unasked and unconfined — its own name for this is --dangerously-bypass-approvals-and-sandbox.`
          : `\`approval_policy = "never"\` (${scope.label}) with \`network_access = true\` and no network proxy: a command that reaches production is neither blocked nor shown to anyone first.`,
        span: { start: at.range[0], end: at.range[1] },
        severity: full ? 'error' : undefined,
        fixes: [{ title: 'Use approval_policy = "on-request" (Codex then asks before commands that leave the sandbox)', edits: [replaceWithString(node, 'on-request')] }],
      });
    }
  },
};
