import type { CodexRule } from '../../models/codex/context.js';
import { tomlSyntax } from './toml-syntax.js';
import { codexFullAccess } from './codex-full-access.js';
import { codexNetworkAccess } from './codex-network-access.js';
import { codexAllowlistNotEnforced } from './codex-allowlist-not-enforced.js';
import { codexProfilesIgnored } from './codex-profiles-ignored.js';
import { codexWriteMethods } from './codex-write-methods.js';
import { codexEnvInherit } from './codex-env-inherit.js';
import { codexProductionEnvVar } from './codex-production-env-var.js';
import { codexNeverApprove } from './codex-never-approve.js';
import { codexDottedHostKey } from './codex-dotted-host-key.js';

// Codex config rules (`.codex/config.toml`, `requirements.toml`), in ID order; the shared settings rules run beside them.
export const codexRules: CodexRule[] = [
  tomlSyntax,
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
