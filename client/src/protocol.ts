// The client's view of common/: the shared protocol and the file-pattern table (never server/).
export * from '../../common/protocol.js';
import { CHECKLIST_KINDS } from '../../common/protocol.js';
import { ALL_WORKSPACE_GLOBS, FILE_KINDS, kindOfPath, TASK_LANGUAGE_ID, workspaceGlob } from '../../common/filePatterns.js';

/** Every kind but task configs (selected by language, so untitled ones too), with its workspace glob. */
export const OTHER_KIND_GLOBS = FILE_KINDS.filter((k) => k !== 'task').map((k) => workspaceGlob(k));
export const WATCH_GLOBS = ALL_WORKSPACE_GLOBS;
/** Where the checklist command looks for configs (the kinds the server's ChecklistRequest serves). */
export const CHECKLIST_GLOBS = CHECKLIST_KINDS.map((k) => workspaceGlob(k));
export const LANGUAGE_ID = TASK_LANGUAGE_ID;
/** AGENTS.md, AGENTS.override.md, CLAUDE.md and .github/copilot-instructions.md anywhere. */
export const INSTRUCTION_FILES_GLOB = workspaceGlob('agents');
export const isInstructionFile = (p: string) => kindOfPath(p) === 'agents';
