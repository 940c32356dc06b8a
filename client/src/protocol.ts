// The client's view of common/: the shared protocol and the file-pattern table (never server/).
export * from '../../common/protocol.js';
import { TASK_LANGUAGE_ID, workspaceGlob } from '../../common/filePatterns.js';

export const TASK_GLOB = workspaceGlob('task');
export const POLICY_GLOB = workspaceGlob('policy');
export const AGENTS_GLOB = workspaceGlob('agents');
export const LANGUAGE_ID = TASK_LANGUAGE_ID;
