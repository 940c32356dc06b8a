import type { RuleMeta } from '../../../core/types.js';

export const settingsSyntaxMeta: RuleMeta = {
  id: 'SG003',
  name: 'settings-syntax',
  severity: 'error',
  kind: 'claude',
  alsoKinds: ['srt', 'copilot', 'codex'],
  docs: {
    summary: 'An agent settings file does not parse (a JSON or TOML syntax error, a duplicate key or table, a file that is not an object, or input too large or too deeply nested to check).',
    why: 'The agent product refuses or ignores a settings file it cannot parse, or reads a duplicate key differently than a reviewer does (the last one wins): the sandbox then runs with settings nobody reviewed. The rest of the file is only checked as far as it parses.',
    fix: 'Correct the syntax at the reported position and keep each key once.',
    bad: '{\n  "sandbox": {\n    "enabled": true,\n    "enabled": false\n  }\n}',
    good: '{\n  "sandbox": {\n    "enabled": true,\n    "allowUnsandboxedCommands": false,\n    "failIfUnavailable": true\n  }\n}',
  },
};
