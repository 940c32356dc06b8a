import type { CodexRule } from '../../models/codex/context.js';
import { settingsRules } from '../settings/index.js';
import { codexFullAccess } from './codex-full-access.js';
import { codexNetworkAccess } from './codex-network-access.js';
import { codexAllowlistNotEnforced } from './codex-allowlist-not-enforced.js';
import { codexProfilesIgnored } from './codex-profiles-ignored.js';
import { codexWriteMethods } from './codex-write-methods.js';
import { codexEnvInherit } from './codex-env-inherit.js';
import { codexProductionEnvVar } from './codex-production-env-var.js';
import { codexNeverApprove } from './codex-never-approve.js';
import { codexDottedHostKey } from './codex-dotted-host-key.js';

// The rules run on Codex configs (`.codex/config.toml`, `requirements.toml`): the shared settings rules
// (syntax, hosts, secrets), then Codex's own in ID order.
export const codexRules: CodexRule[] = [
  ...settingsRules,
  codexFullAccess,
  codexNetworkAccess,
  codexAllowlistNotEnforced,
  codexProfilesIgnored,
  codexWriteMethods,
  codexEnvInherit,
  codexProductionEnvVar,
  codexNeverApprove,
  codexDottedHostKey,
];
