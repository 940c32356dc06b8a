import type { RuleMeta } from '../../../core/types.js';

export const yamlSyntaxMeta: RuleMeta = {
  id: 'SG001',
  name: 'yaml-syntax',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'The file is not valid YAML (syntax errors, duplicate keys, tabs, unresolved aliases, merge keys that merge no map, alias bombs, unsafe input).',
    why: 'A config the orchestrator cannot parse, or parses differently than a reviewer reads it (duplicate keys, alias tricks), cannot be trusted to keep a task on staging. The rest of the file is only checked as far as it parses.',
    fix: 'Correct the syntax at the reported position. Use unique keys, spaces for indentation, and no more than a few aliases.',
    bad: 'network:\n  allowlist:\n    - api.staging.example.com\n  allowlist: []',
    good: 'network:\n  allowlist:\n    - api.staging.example.com',
  },
};
