import type { RuleMeta } from '../../../core/types.js';

export const claudeAllUnixSocketsMeta: RuleMeta = {
  id: 'SG604',
  name: 'claude-all-unix-sockets',
  severity: 'error',
  kind: 'claude',
  docs: {
    summary: "`sandbox.network.allowAllUnixSockets` is `true`: sandboxed commands may connect to any Unix socket.",
    why: "Unix sockets bypass the network proxy: the Docker socket alone gives a sandboxed command root on the host and a way out of every network rule, and other local daemons (ssh-agent, cloud CLIs' helpers) hand out credentials.",
    fix: "Remove `allowAllUnixSockets` (or set it to `false`) and list only the sockets a tool needs in `sandbox.network.allowUnixSockets`.",
    bad: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"allowUnsandboxedCommands\": false,\n    \"failIfUnavailable\": true,\n    \"network\": { \"allowAllUnixSockets\": true }\n  }\n}",
    good: "{\n  \"sandbox\": {\n    \"enabled\": true,\n    \"allowUnsandboxedCommands\": false,\n    \"failIfUnavailable\": true,\n    \"network\": { \"allowUnixSockets\": [\"/run/user/1000/pulse/native\"] }\n  }\n}",
  },
};
