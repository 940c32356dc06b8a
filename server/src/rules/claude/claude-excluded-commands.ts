// SG603: commands in `sandbox.excludedCommands` always run outside the sandbox.
import type { SettingsRule } from '../../models/settings/context.js';
import { quoteValue } from '../../secrets/redactText.js';
import { claudeExcludedCommandsMeta } from '../meta/claude/claude-excluded-commands.js';
import { innerSpan, removeAtEdits } from './jsonEdits.js';

export const claudeExcludedCommands: SettingsRule = {
  ...claudeExcludedCommandsMeta,
  check(ctx, report) {
    const list = ctx.model.get(['sandbox', 'excludedCommands']);
    if (!Array.isArray(list?.value)) return;
    list.value.forEach((cmd, i) => {
      const item = ctx.model.get(['sandbox', 'excludedCommands', i]);
      if (typeof cmd !== 'string' || !item) return;
      const shown = quoteValue(cmd, 40);
      report({
        message: `\`${shown}\` in \`sandbox.excludedCommands\` always runs outside the sandbox, with the user's full network and filesystem access: \`allowedDomains\` does not limit it. Remove it and allow what it needs in \`sandbox.network.allowedDomains\` instead.`,
        span: innerSpan(item),
        fixes: [{ title: `Remove ${shown} from sandbox.excludedCommands (it then runs sandboxed)`, edits: removeAtEdits(ctx.text, ['sandbox', 'excludedCommands', i]) }],
      });
    });
  },
};
