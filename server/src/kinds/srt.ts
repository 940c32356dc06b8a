// The Anthropic sandbox-runtime settings kind (`.srt-settings.json`, or any file the policy's globs name).
import { FILE_PATTERNS } from '../../../common/filePatterns.js';
import { srtRules } from '../rules/srt/index.js';
import type { KindDescriptor } from './descriptor.js';
import { checkJsonSettings } from './jsonSettings.js';

export const srtKind: KindDescriptor = {
  kind: 'srt',
  patterns: FILE_PATTERNS.srt,
  comments: 'jsonc',
  rules: srtRules,
  check: checkJsonSettings('srt', srtRules),
  editor: { schema: 'srt', features: 'json-settings' },
};
