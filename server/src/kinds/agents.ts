// The instruction-file kind (AGENTS.md, AGENTS.override.md, CLAUDE.md, .github/copilot-instructions.md): parse once (Markdown with exact offsets, recognised rules, host mentions), then run the rules.
import { FILE_PATTERNS } from '../../../common/filePatterns.js';
import type { KindDescriptor } from './descriptor.js';
import type { CheckOptions } from '../core/checkOptions.js';
import type { LineIndex } from '../core/lineIndex.js';
import type { Finding } from '../core/types.js';
import type { Policy } from '../core/policy.js';
import { loadCatalog } from '../catalog/catalog.js';
import { analyzeAgents, type AgentsAnalysis } from '../models/agents/analyze.js';
import type { AgentsContext } from '../models/agents/context.js';
import { instructionFileLabel } from '../models/agents/instructionFiles.js';
import { agentsRules } from '../rules/agents/index.js';
import { runRules } from '../core/findings.js';

export function agentsCheck(text: string, lines: LineIndex, options: CheckOptions & { policy: Policy }): Finding[] {
  const base = { text, path: options.path, file: instructionFileLabel(options.path), lines, catalog: loadCatalog(), policy: options.policy, workspace: options.workspace };
  let a: AgentsAnalysis;
  try {
    a = analyzeAgents(text);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    // no model at all: the rules that read only the text still run, and SG410 says the rest did not
    const empty = analyzeAgents('');
    a = { ...empty, md: { ...empty.md, text, degraded: [{ span: { start: 0, end: text.length }, why: 'text-only', count: 0 }] } };
    const textOnly = agentsRules.filter((r) => TEXT_ONLY.has(r.id));
    return runRules(textOnly, { ...base, a }, lines, options.policy, options.overrides);
  }
  return runRules(agentsRules, { ...base, a } satisfies AgentsContext, lines, options.policy, options.overrides);
}

/** Rules that need no Markdown model: the secret scan and SG410 itself. */
const TEXT_ONLY = new Set(['SG409', 'SG410']);

export const agentsKind: KindDescriptor = {
  kind: 'agents',
  patterns: FILE_PATTERNS.agents,
  comments: 'markdown',
  rules: agentsRules,
  check: agentsCheck,
  editor: { features: 'agents-markdown' },
};
