// The Codex kind (`.codex/config.toml`, `requirements.toml`): TOML read into the settings model, then the
// Codex rules (sandbox mode, the proxy traps, write methods, the environment) and the shared settings rules.
import { FILE_PATTERNS } from '../../../common/filePatterns.js';
import { loadCatalog } from '../catalog/catalog.js';
import type { CheckOptions } from '../core/checkOptions.js';
import { runRules } from '../core/findings.js';
import type { LineIndex } from '../core/lineIndex.js';
import type { Policy } from '../core/policy.js';
import type { Finding } from '../core/types.js';
import type { CodexContext } from '../models/codex/context.js';
import { buildCodexModel } from '../models/codex/model.js';
import { codexRules } from '../rules/codex/index.js';
import type { KindDescriptor } from './descriptor.js';

export function codexCheck(text: string, lines: LineIndex, options: CheckOptions & { policy: Policy }): Finding[] {
  const model = buildCodexModel(text, options.path);
  const ctx: CodexContext = { text, path: options.path, lines, model, catalog: loadCatalog(), policy: options.policy, workspace: options.workspace };
  // an unparsed file has no model: only the syntax rule speaks
  const rules = model.ast ? codexRules : codexRules.filter((r) => r.id === 'SG003');
  return runRules(rules, ctx, lines, options.policy, options.overrides);
}

export const codexKind: KindDescriptor = {
  kind: 'codex',
  patterns: FILE_PATTERNS.codex,
  comments: 'toml',
  rules: codexRules,
  check: codexCheck,
  editor: { features: 'codex-toml' },
};
