// The AGENTS.md kind: parse once (Markdown with exact offsets, recognised rules, host mentions), then run the rules.
import { FILE_PATTERNS } from '../../../common/filePatterns.js';
import type { KindDescriptor } from './descriptor.js';
import type { CheckOptions } from '../core/checkOptions.js';
import type { LineIndex } from '../core/lineIndex.js';
import type { Finding } from '../core/types.js';
import type { Policy } from '../core/policy.js';
import { loadCatalog } from '../catalog/catalog.js';
import { analyzeAgents } from '../models/agents/analyze.js';
import type { AgentsContext } from '../models/agents/context.js';
import { agentsRules } from '../rules/agents/index.js';
import { runRules } from '../core/findings.js';

export function agentsCheck(text: string, lines: LineIndex, options: CheckOptions & { policy: Policy }): Finding[] {
  const ctx: AgentsContext = {
    text,
    path: options.path,
    lines,
    catalog: loadCatalog(),
    policy: options.policy,
    workspace: options.workspace,
    a: analyzeAgents(text),
  };
  return runRules(agentsRules, ctx, lines, options.policy, options.overrides);
}

export const agentsKind: KindDescriptor = {
  kind: 'agents',
  patterns: FILE_PATTERNS.agents,
  comments: 'markdown',
  rules: agentsRules,
  check: agentsCheck,
  editor: { features: 'agents-markdown' },
};
