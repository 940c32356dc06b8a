// The staging-only rules every agent-settings format shares (Claude Code, sandbox-runtime, Codex, Copilot
// setup steps), over the settings model: the same IDs and names as the task rules, because they mean the
// same. Format-specific rules (escape hatches, traps) are added by each format's kind next to these.
import type { SettingsRule } from '../../models/settings/context.js';
import { settingsSyntax } from './settings-syntax.js';
import { settingsProductionHost } from './production-host.js';
import { settingsUnverifiedHost } from './unverified-host.js';
import { settingsWildcardHost } from './wildcard-host.js';
import { settingsInternalEndpoint } from './internal-endpoint.js';
import { settingsSecretInFile } from './secret-in-file.js';
import { settingsLiveKey } from './live-key.js';

export const settingsRules: SettingsRule[] = [
  settingsSyntax,
  settingsProductionHost,
  settingsUnverifiedHost,
  settingsWildcardHost,
  settingsInternalEndpoint,
  settingsSecretInFile,
  settingsLiveKey,
];
