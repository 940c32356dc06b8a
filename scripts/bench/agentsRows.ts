// AGENTS.md rows of `npm run bench`: check vs bare mdast parse of the same text.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { checkText } from '../../server/src/engine/check.js';
import { fmt, timeMedian } from './timing.js';
import { genAgentsProse } from './genAgents.js';

export function agentsRows(runsFor: (lines: number) => number): string[] {
  const rows: string[] = [];
  for (const lines of [100, 1000, 5000]) {
    const text = genAgentsProse(lines);
    const runs = runsFor(lines);
    const parse = timeMedian(() => fromMarkdown(text), runs);
    const check = timeMedian(() => checkText(text, { path: 'AGENTS.md', kind: 'agents' }), runs);
    const findings = checkText(text, { path: 'AGENTS.md', kind: 'agents' }).findings.length;
    rows.push(`| AGENTS.md (${findings} findings) | ${lines} | ${fmt(parse)} | ${fmt(check)} | ${(check / parse).toFixed(2)}× | ≤ 2× |`);
  }
  return rows;
}
