// AGENTS.md checks plug in here (issue: AGENTS.md staging-only rules).
import type { CheckOptions } from './check.js';
import type { LineIndex } from './lineIndex.js';
import type { Finding } from './types.js';
import type { Policy } from '../policy/types.js';

export function agentsCheck(_text: string, _lines: LineIndex, _options: CheckOptions & { policy: Policy }): Finding[] {
  return [];
}
