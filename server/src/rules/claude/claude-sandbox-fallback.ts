// SG606: the sandbox is configured but `failIfUnavailable` is not true: without the sandbox, commands run unsandboxed.
import type { SettingsRule } from '../../models/settings/context.js';
import { claudeSandboxFallbackMeta } from '../meta/claude/claude-sandbox-fallback.js';
import { setValueEdits, spanFor } from './jsonEdits.js';
import { configuresSandbox } from './sandboxScope.js';

const PATH = ['sandbox', 'failIfUnavailable'];

export const claudeSandboxFallback: SettingsRule = {
  ...claudeSandboxFallbackMeta,
  check(ctx, report) {
    if (!configuresSandbox(ctx)) return;
    const v = ctx.model.get(PATH);
    if (v?.value === true) return;
    const what = v ? `\`sandbox.failIfUnavailable\` is \`${JSON.stringify(v.value)}\`` : '`sandbox.failIfUnavailable` is not set';
    report({
      message: `${what}: where the sandbox cannot start (no bubblewrap or socat in a container or CI image), Claude Code warns and runs the agent's commands without it, and none of this file's network limits apply. Set it to \`true\`.`,
      span: spanFor(ctx, PATH),
      fixes: [{ title: 'Set sandbox.failIfUnavailable to true', edits: setValueEdits(ctx.text, PATH, true), preferred: true }],
    });
  },
};
