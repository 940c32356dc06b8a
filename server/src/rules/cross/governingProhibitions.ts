// What SG503 needs from the instruction file that governs a config (task config or agent settings): the hosts
// it forbids, how to name it in a message, and a related-information entry pointing at each prohibition.
import { LineIndex } from '../../core/lineIndex.js';
import type { RelatedInfo } from '../../core/types.js';
import type { WorkspaceView } from '../../core/workspace.js';
import { analyzeAgentsCached, type AgentsAnalysis } from '../../models/agents/analyze.js';
import { displayPath, governingAgentsPath } from '../../models/agents/governance.js';
import { instructionFileLabel, type InstructionReader } from '../../models/agents/instructionFiles.js';

type Mention = AgentsAnalysis['mentions'][number];

export interface Prohibitions {
  forbidden: Mention[];
  /** the governing file as the config's reader sees it (relative path) */
  shown: string;
  /** its name as the agent knows it (AGENTS.md, CLAUDE.md, …) */
  file: string;
  related(m: Mention): RelatedInfo;
}

/** The prohibitions of the instruction file governing `path`, or undefined when none governs or it forbids nothing. */
export function governingProhibitions(path: string, workspace: WorkspaceView, reader?: InstructionReader): Prohibitions | undefined {
  const governing = governingAgentsPath(path, workspace, reader);
  if (!governing) return undefined;
  const text = workspace.readText(governing) ?? '';
  const forbidden = analyzeAgentsCached(text).mentions.filter((m) => m.forbidden);
  if (!forbidden.length) return undefined;
  const lines = new LineIndex(text);
  const file = instructionFileLabel(governing);
  return {
    forbidden,
    shown: displayPath(governing, path),
    file,
    related: (m) => ({ path: governing, span: m.span, range: lines.range(m.span), message: `${file} forbids calling \`${m.host}\`` }),
  };
}
