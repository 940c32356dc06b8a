// The policy-file kind (`.sandbox-guard.yaml`): parsed into the effective policy; its own findings.
import { FILE_PATTERNS } from '../../../../common/filePatterns.js';
import { policyRules } from '../../rules/policy/index.js';
import type { KindDescriptor } from '../descriptor.js';
import { parsePolicy } from './parse.js';

export const policyKind: KindDescriptor = {
  kind: 'policy',
  patterns: FILE_PATTERNS.policy,
  comments: 'yaml',
  rules: policyRules,
  check: (text, _lines, options) => parsePolicy(text, options.path, { overrides: options.overrides }).findings,
  editor: { schema: 'policy', features: 'yaml-schema' },
};
