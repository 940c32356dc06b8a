// SG602: `allowUnsandboxedCommands` is not false (it defaults to true).
import type { SettingsRule } from '../../models/settings/context.js';
import { claudeUnsandboxedCommandsMeta } from '../meta/claude/claude-unsandboxed-commands.js';
import { setValueEdits, spanFor } from './jsonEdits.js';
import { configuresSandbox } from './sandboxScope.js';

const PATH = ['sandbox', 'allowUnsandboxedCommands'];

export const claudeUnsandboxedCommands: SettingsRule = {
  ...claudeUnsandboxedCommandsMeta,
  check(ctx, report) {
    if (!configuresSandbox(ctx)) return;
    const v = ctx.model.get(PATH);
    if (v?.value === false) return;
    const what = v ? `\`sandbox.allowUnsandboxedCommands\` is \`${JSON.stringify(v.value)}\`` : '`sandbox.allowUnsandboxedCommands` is not set, and it defaults to `true`';
    report({
      message: `${what}: the model may re-run a command the sandbox blocked outside it (\`dangerouslyDisableSandbox\`), past every network and filesystem limit, with only a permission prompt in the way. Set it to \`false\`.`,
      span: spanFor(ctx, PATH),
      fixes: [{ title: 'Set sandbox.allowUnsandboxedCommands to false', edits: setValueEdits(ctx.text, PATH, false), preferred: true }],
    });
  },
};
