// The rules run on sandbox-runtime settings: the shared settings rules, then srt's own (SG6xx).
import type { SettingsRule } from '../../models/settings/context.js';
import { settingsRules } from '../settings/index.js';

export const srtRules: SettingsRule[] = [...settingsRules];
