// The JSON settings kinds (Claude Code, sandbox-runtime): the JSONC reader into the settings model, then the
// shared settings rules and the format's own. On refused input (too large, too deep) only the syntax rule runs.
import { loadCatalog } from '../catalog/catalog.js';
import type { CheckOptions } from '../core/checkOptions.js';
import { runRules } from '../core/findings.js';
import type { LineIndex } from '../core/lineIndex.js';
import type { Policy } from '../core/policy.js';
import type { Finding } from '../core/types.js';
import { readJsonSettings } from '../models/claude/settings.js';
import type { SettingsContext, SettingsRule } from '../models/settings/context.js';

export function checkJsonSettings(format: 'claude' | 'srt', rules: SettingsRule[]) {
  return (text: string, lines: LineIndex, options: CheckOptions & { policy: Policy }): Finding[] => {
    const model = readJsonSettings(text, format);
    const ctx: SettingsContext = { text, path: options.path, lines, model, catalog: loadCatalog(), policy: options.policy, workspace: options.workspace };
    const run = model.doc.root ? rules : rules.filter((r) => r.id === 'SG003');
    return runRules(run, ctx, lines, options.policy, options.overrides);
  };
}
