import type { TaskRule } from '../../models/task/taskContext.js';

const WHAT: Record<string, string> = {
  DUPLICATE_KEY: 'Many tools silently keep only one of the two, so the value checked may not be the one used: remove or merge the duplicate.',
  TAB_AS_INDENT: 'Indent with spaces.',
};

export const yamlSyntax: TaskRule = {
  id: 'SG001',
  name: 'yaml-syntax',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'The file is not valid YAML (syntax errors, duplicate keys, tabs, alias bombs, unsafe input).',
    why: 'A config the orchestrator cannot parse, or parses differently than a reviewer reads it (duplicate keys, alias tricks), cannot be trusted to keep a task on staging. The rest of the file is only checked as far as it parses.',
    fix: 'Correct the syntax at the reported position. Use unique keys, spaces for indentation, and no more than a few aliases.',
    bad: 'network:\n  allowlist:\n    - api.staging.example.com\n  allowlist: []',
    good: 'network:\n  allowlist:\n    - api.staging.example.com',
  },
  check(ctx, report) {
    for (const p of ctx.problems) {
      const extra = WHAT[p.code];
      report({ message: extra ? `${p.message}. ${extra}` : p.message, span: p.span });
    }
  },
};
