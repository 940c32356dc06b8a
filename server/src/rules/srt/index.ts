// The rules run on sandbox-runtime settings: the shared settings rules, then srt's own (SG609).
import type { SettingsRule } from '../../models/settings/context.js';
import { settingsRules } from '../settings/index.js';
import { srtMaskInjectHost } from './srt-mask-inject-host.js';

export const srtRules: SettingsRule[] = [...settingsRules, srtMaskInjectHost];
