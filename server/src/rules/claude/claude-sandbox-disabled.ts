// SG601: Claude Code's sandbox is not enabled.
import type { Fix } from '../../core/types.js';
import type { SettingsRule } from '../../models/settings/context.js';
import { claudeSandboxDisabledMeta } from '../meta/claude/claude-sandbox-disabled.js';
import { setValueEdits, spanFor } from './jsonEdits.js';
import { configuresSandbox, isPartialScope, SAFE_SANDBOX } from './sandboxScope.js';

const EFFECT = "the agent's Bash commands run without the sandbox, with the user's full network and filesystem access, so nothing this file allows or denies restricts them";

export const claudeSandboxDisabled: SettingsRule = {
  ...claudeSandboxDisabledMeta,
  check(ctx, report) {
    if (!ctx.model.get([])) return;
    const enabled = ctx.model.get(['sandbox', 'enabled']);
    if (enabled?.value === true) return;
    if (!enabled && isPartialScope(ctx.path)) return;
    const fix: Fix = configuresSandbox(ctx)
      ? { title: 'Enable the sandbox (sandbox.enabled: true)', edits: setValueEdits(ctx.text, ['sandbox', 'enabled'], true), preferred: true }
      : { title: 'Add a sandbox block (enabled, allowUnsandboxedCommands: false, failIfUnavailable: true)', edits: setValueEdits(ctx.text, ['sandbox'], SAFE_SANDBOX), preferred: true };
    const what = enabled ? `\`sandbox.enabled\` is \`${JSON.stringify(enabled.value)}\`` : '`sandbox.enabled` is not set (the sandbox is off by default)';
    report({
      message: `${what}: ${EFFECT}. Set it to \`true\`. Claude Code's sandbox covers the Bash tool only: WebFetch and MCP tools are limited by \`permissions\`.`,
      span: spanFor(ctx, ['sandbox', 'enabled']),
      fixes: [fix],
    });
  },
};
