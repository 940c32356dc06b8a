import path from 'node:path';
import { addStagingRulesEdit } from '../../models/agents/addRules.js';
import { analyzeAgentsCached, missingRules } from '../../models/agents/analyze.js';
import { displayPath, governingAgentsPath } from '../../models/agents/governance.js';
import { instructionFileLabel } from '../../models/agents/instructionFiles.js';
import { RULE_LABEL } from '../../models/agents/rulesText.js';
import { AGENTS_FILE_NAME } from '../../../../common/filePatterns.js';
import { LineIndex } from '../../core/lineIndex.js';
import type { TaskRule } from '../../models/task/taskContext.js';
import type { Span } from '../../core/types.js';
import { agentsMissingForConfigMeta } from '../meta/task/agents-missing-for-config.js';

export const agentsMissingForConfig: TaskRule = {
  ...agentsMissingForConfigMeta,
  check(ctx, report) {
    if (!ctx.workspace || !ctx.path) return;
    const network = ctx.docs.find((d) => d.network)?.network;
    const span: Span = network ? network.keySpan : { start: 0, end: ctx.lines.lineEnd(0) };
    const governing = governingAgentsPath(ctx.path, ctx.workspace);
    if (!governing) {
      const target = path.join(path.dirname(ctx.path), AGENTS_FILE_NAME);
      report({
        message: `No AGENTS.md governs this task config: the agent gets no staging-only rules. Create ${AGENTS_FILE_NAME} beside it with a \`## Rules\` section.`,
        span,
        fixes: [{ title: `Create ${AGENTS_FILE_NAME} with the staging-only rules`, edits: [], fileEdits: [{ path: target, create: true, edits: addStagingRulesEdit(undefined) }], preferred: true }],
      });
      return;
    }
    const text = ctx.workspace.readText(governing) ?? '';
    const a = analyzeAgentsCached(text);
    const missing = a.rulesSections.length ? missingRules(a) : undefined;
    if (missing && !missing.length) return;
    const shown = displayPath(governing, ctx.path);
    const heading = a.rulesSections[0]?.span ?? { start: 0, end: 0 };
    const what = missing ? `has no rule about ${missing.map((r) => RULE_LABEL[r]).join(', ')}` : 'has no Rules section with the staging-only rules';
    report({
      message: `The ${instructionFileLabel(governing)} governing this task config (${shown}) ${what}: the agent is not told to stay on staging. Add the rules there.`,
      span,
      related: [{ path: governing, span: heading, range: new LineIndex(text).range(heading), message: `the governing ${instructionFileLabel(governing)}` }],
      fixes: [{ title: `Add the staging-only rules to ${shown}`, edits: [], fileEdits: [{ path: governing, edits: addStagingRulesEdit(text) }], preferred: true }],
    });
  },
};
