// The table of file kinds: one descriptor per kind. A new format adds a pattern row in
// common/filePatterns.ts, a model under models/, rules under rules/, and a descriptor here.
import type { FileKind } from '../../../common/filePatterns.js';
import { agentsKind } from './agents.js';
import type { KindDescriptor } from './descriptor.js';
import { policyKind } from './policy/index.js';
import { taskKind } from './task.js';
import { claudeKind } from './claude.js';
import { srtKind } from './srt.js';
import { copilotKind } from './copilot.js';
import { codexKind } from './codex.js';

export type { KindDescriptor };

export const KINDS: Record<FileKind, KindDescriptor> = {
  task: taskKind,
  agents: agentsKind,
  policy: policyKind,
  claude: claudeKind,
  srt: srtKind,
  copilot: copilotKind,
  codex: codexKind,
};
