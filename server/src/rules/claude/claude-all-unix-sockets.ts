// SG604: `allowAllUnixSockets` lets sandboxed commands talk to any local daemon (the Docker socket among them).
import type { SettingsRule } from '../../models/settings/context.js';
import { claudeAllUnixSocketsMeta } from '../meta/claude/claude-all-unix-sockets.js';
import { removeAtEdits, spanFor } from './jsonEdits.js';

const PATH = ['sandbox', 'network', 'allowAllUnixSockets'];

export const claudeAllUnixSockets: SettingsRule = {
  ...claudeAllUnixSocketsMeta,
  check(ctx, report) {
    if (ctx.model.get(PATH)?.value !== true) return;
    report({
      message: '`sandbox.network.allowAllUnixSockets` is `true`: sandboxed commands may connect to any Unix socket, past the network proxy; the Docker socket alone gives them root on the host and a way around every network rule. Remove it and list only the sockets a tool needs in `sandbox.network.allowUnixSockets`.',
      span: spanFor(ctx, PATH),
      fixes: [{ title: 'Remove allowAllUnixSockets', edits: removeAtEdits(ctx.text, PATH), preferred: true }],
    });
  },
};
