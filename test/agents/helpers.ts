// Shared fixtures for AGENTS.md tests.
import { checkText, type CheckOptions } from '../../server/src/engine/check.js';
import assert from 'node:assert/strict';
import { parseAgentsMarkdown } from '../../server/src/models/agents/parse.js';

export { memoryWorkspace } from '../helpers/workspace.js';

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

/**
 * A fix leaves the Markdown intact: every heading survives (same depth and text, same order), and every
 * list item keeps its indent and marker in order, except the ones the fix removed on purpose (`removed`).
 */
export function assertMarkdownIntact(before: string, after: string, removed = 0): void {
  const a = parseAgentsMarkdown(before);
  const b = parseAgentsMarkdown(after);
  const hs = (m: typeof a) => m.headings.map((h) => `${h.depth} ${h.text}`);
  const kept = hs(b);
  let k = 0;
  for (const h of hs(a)) {
    while (k < kept.length && kept[k] !== h) k++;
    assert.ok(k < kept.length, `heading "${h}" was lost:\n${after}`);
  }
  // list structure: the items (indent + marker, in order) survive; rewording an item's text is fine
  const shape = (m: typeof a) => m.items.map((i) => `${i.indent}${i.ordered ? '#' + i.marker.slice(-1) : i.marker}`);
  const after2 = shape(b);
  let j = 0;
  let skipped = 0;
  for (const x of shape(a)) {
    const at = after2.indexOf(x, j);
    if (at < 0) skipped++;
    else j = at + 1;
  }
  assert.ok(skipped <= removed, `${skipped} list item(s) lost:\n${after}`);
  assert.ok(b.items.length >= a.items.length - removed, `list items lost:\n${after}`);
}
