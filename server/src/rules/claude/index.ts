// The rules run on Claude Code settings: the shared settings rules, then Claude Code's own (SG601–SG608).
import type { SettingsRule } from '../../models/settings/context.js';
import { settingsRules } from '../settings/index.js';
import { claudeSandboxDisabled } from './claude-sandbox-disabled.js';
import { claudeUnsandboxedCommands } from './claude-unsandboxed-commands.js';
import { claudeExcludedCommands } from './claude-excluded-commands.js';
import { claudeAllUnixSockets } from './claude-all-unix-sockets.js';
import { claudeWeakerNetworkIsolation } from './claude-weaker-network-isolation.js';
import { claudeSandboxFallback } from './claude-sandbox-fallback.js';
import { claudeWebfetchAnyDomain } from './claude-webfetch-any-domain.js';
import { claudeProductionEnvNotDenied } from './claude-production-env-not-denied.js';

export const claudeRules: SettingsRule[] = [
  ...settingsRules,
  claudeSandboxDisabled,
  claudeUnsandboxedCommands,
  claudeExcludedCommands,
  claudeAllUnixSockets,
  claudeWeakerNetworkIsolation,
  claudeSandboxFallback,
  claudeWebfetchAnyDomain,
  claudeProductionEnvNotDenied,
];
