// SG605: `enableWeakerNetworkIsolation` lowers the sandbox's network isolation.
import type { SettingsRule } from '../../models/settings/context.js';
import { claudeWeakerNetworkIsolationMeta } from '../meta/claude/claude-weaker-network-isolation.js';
import { removeAtEdits, spanFor } from './jsonEdits.js';

const PATH = ['sandbox', 'enableWeakerNetworkIsolation'];

export const claudeWeakerNetworkIsolation: SettingsRule = {
  ...claudeWeakerNetworkIsolationMeta,
  check(ctx, report) {
    if (ctx.model.get(PATH)?.value !== true) return;
    report({
      message: '`sandbox.enableWeakerNetworkIsolation` is `true`: the sandbox\'s network isolation is lowered for tools that need system network services, so what sandboxed commands reach is no longer only what `allowedDomains` says. Remove it and run the tool that needed it outside the agent, in a reviewed step.',
      span: spanFor(ctx, PATH),
      fixes: [{ title: 'Remove enableWeakerNetworkIsolation', edits: removeAtEdits(ctx.text, PATH), preferred: true }],
    });
  },
};
