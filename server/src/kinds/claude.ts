// The Claude Code settings kind (`.claude/settings.json`, `.claude/settings.local.json`, `managed-settings.json`).
import { FILE_PATTERNS } from '../../../common/filePatterns.js';
import { claudeRules } from '../rules/claude/index.js';
import type { KindDescriptor } from './descriptor.js';
import { checkJsonSettings } from './jsonSettings.js';

export const claudeKind: KindDescriptor = {
  kind: 'claude',
  patterns: FILE_PATTERNS.claude,
  comments: 'jsonc',
  rules: claudeRules,
  check: checkJsonSettings('claude', claudeRules),
  editor: { schema: 'claude', features: 'json-settings' },
};
