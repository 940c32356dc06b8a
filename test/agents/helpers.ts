// Shared fixtures for AGENTS.md tests.
import { checkText, type CheckOptions } from '../../server/src/engine/check.js';
import type { WorkspaceView } from '../../server/src/engine/workspace.js';

export const AGENTS: CheckOptions = { path: 'AGENTS.md', kind: 'agents' };

export const RULES = [
  '- NEVER call production API endpoints from cloud tasks',
  '- Always use staging/sandbox API keys — never production keys',
  '- All external API calls must include error handling and timeouts',
  '- Log all external API calls for audit',
];

export const GOOD = `# Agent instructions\n\n## Rules\n${RULES.join('\n')}\n`;

/** GOOD without some of its rules (0-based indexes). */
export function without(...drop: number[]): string {
  return `# Agent instructions\n\n## Rules\n${RULES.filter((_, i) => !drop.includes(i)).join('\n')}\n`;
}

export function check(text: string, options: CheckOptions = AGENTS) {
  return checkText(text, options).findings;
}

/** An in-memory workspace: absolute paths -> text. */
export function memoryWorkspace(files: Record<string, string>, roots = ['/ws']): WorkspaceView & { files: Record<string, string> } {
  return {
    files,
    readText: (p) => files[p],
    taskConfigPaths: () => Object.keys(files).filter((p) => /\.sandbox\.ya?ml$/.test(p)).sort(),
    roots: () => roots,
  };
}
