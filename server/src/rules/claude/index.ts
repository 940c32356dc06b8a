// The rules run on Claude Code settings: the shared settings rules, then Claude Code's own (SG6xx).
import type { SettingsRule } from '../../models/settings/context.js';
import { settingsRules } from '../settings/index.js';

export const claudeRules: SettingsRule[] = [...settingsRules];
