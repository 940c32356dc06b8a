import type { TaskRule } from '../../models/task/taskContext.js';
import { yamlSyntaxMeta } from '../meta/task/yaml-syntax.js';

const WHAT: Record<string, string> = {
  DUPLICATE_KEY: 'Many tools silently keep only one of the two, so the value checked may not be the one used: remove or merge the duplicate.',
  TAB_AS_INDENT: 'Indent with spaces.',
};

export const yamlSyntax: TaskRule = {
  ...yamlSyntaxMeta,
  check(ctx, report) {
    for (const p of ctx.problems) {
      const extra = WHAT[p.code];
      report({ message: extra ? `${p.message}. ${extra}` : p.message, span: p.span });
    }
  },
};
