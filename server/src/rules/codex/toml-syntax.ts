import type { CodexRule } from '../../models/codex/context.js';
import { tomlSyntaxMeta } from '../meta/codex/toml-syntax.js';

export const tomlSyntax: CodexRule = {
  ...tomlSyntaxMeta,
  check(ctx, report) {
    for (const p of ctx.model.problems) report({ message: p.message, span: p.span });
  },
};
