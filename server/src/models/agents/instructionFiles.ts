// Agent instruction files beside AGENTS.md: which agent reads which file, the precedence when several sit
// in one folder, and the name a message uses for a file (the one the agent actually reads).
import path from 'node:path';
import { AGENTS_FILE_NAME } from '../../../../common/filePatterns.js';

/** Who reads a config: the agent whose instruction files govern it (`any`: a task config, whose agent is not named). */
export type InstructionReader = 'any' | 'codex' | 'claude' | 'copilot';

export const COPILOT_INSTRUCTIONS = '.github/copilot-instructions.md';

/**
 * Per folder, the files an agent reads there (relative to the folder), in precedence order: the first that
 * exists governs. Codex reads AGENTS.override.md instead of AGENTS.md in the same folder; Claude Code reads
 * CLAUDE.md or `.claude/CLAUDE.md` (not AGENTS.md); Copilot's coding agent reads the repository's
 * `.github/copilot-instructions.md` and AGENTS.md. A task config names no agent: Codex's pair comes first
 * (the format is a cloud task's), then Claude Code's and Copilot's files.
 */
export const INSTRUCTION_FILES: Record<InstructionReader, readonly string[]> = {
  codex: ['AGENTS.override.md', AGENTS_FILE_NAME],
  claude: ['CLAUDE.md', '.claude/CLAUDE.md'],
  copilot: [COPILOT_INSTRUCTIONS, AGENTS_FILE_NAME],
  any: ['AGENTS.override.md', AGENTS_FILE_NAME, 'CLAUDE.md', '.claude/CLAUDE.md', COPILOT_INSTRUCTIONS],
};

/** The file name a message gives an instruction file: `CLAUDE.md`, `.github/copilot-instructions.md`; AGENTS.md without a path. */
export function instructionFileLabel(filePath?: string): string {
  if (!filePath) return AGENTS_FILE_NAME;
  const p = filePath.replace(/\\/g, '/');
  if (p === COPILOT_INSTRUCTIONS || p.endsWith(`/${COPILOT_INSTRUCTIONS}`)) return COPILOT_INSTRUCTIONS;
  return path.posix.basename(p) || AGENTS_FILE_NAME;
}

/** The folder an instruction file speaks for (`/r` for `/r/.github/copilot-instructions.md` and `/r/.claude/CLAUDE.md`). */
export function instructionFolderOf(filePath: string): string {
  const p = filePath.replace(/\\/g, '/');
  const rel = INSTRUCTION_FILES.any.filter((r) => r.includes('/')).find((r) => p.endsWith(`/${r}`));
  return path.dirname(rel ? filePath.slice(0, filePath.length - rel.length) + 'x' : filePath);
}
