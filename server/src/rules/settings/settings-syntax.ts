// SG003: a settings file that does not parse (JSON, TOML, YAML syntax errors, duplicate keys, refused input).
import type { SettingsRule } from '../../models/settings/context.js';
import { settingsSyntaxMeta } from '../meta/settings/settings-syntax.js';

export const settingsSyntax: SettingsRule = {
  ...settingsSyntaxMeta,
  check(ctx, report) {
    for (const p of ctx.model.problems) report({ message: p.message, span: p.span });
  },
};
