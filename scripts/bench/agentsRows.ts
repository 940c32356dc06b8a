// AGENTS.md rows of `npm run bench`: check vs bare mdast parse of the same text.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { checkText } from '../../server/src/engine/check.js';
import { fmt, timeMedian } from './timing.js';

export function genAgents(lines: number): string {
  const out = ['# AGENTS.md', '', '## Rules', '- NEVER call production API endpoints from cloud tasks', '- Always use staging/sandbox API keys — never production keys', '- All external API calls must include error handling and timeouts', '- Log all external API calls for audit', ''];
  let i = 0;
  while (out.length < lines) {
    out.push(`## Section ${i}`, '', `Run \`npm test\` before pushing. See [the guide](https://docs.staging.example.com/guide/${i}) for details.`, '', '```bash', `curl -s https://api.staging.example.com/v1/items/${i}`, '```', '', `- Keep functions small (item ${i}).`, '');
    i++;
  }
  return out.slice(0, lines).join('\n') + '\n';
}

export function agentsRows(runsFor: (lines: number) => number): string[] {
  const rows: string[] = [];
  for (const lines of [100, 1000, 5000]) {
    const text = genAgents(lines);
    const runs = runsFor(lines);
    const parse = timeMedian(() => fromMarkdown(text), runs);
    const check = timeMedian(() => checkText(text, { path: 'AGENTS.md', kind: 'agents' }), runs);
    const findings = checkText(text, { path: 'AGENTS.md', kind: 'agents' }).findings.length;
    rows.push(`| AGENTS.md (${findings} findings) | ${lines} | ${fmt(parse)} | ${fmt(check)} | ${(check / parse).toFixed(2)}× | ≤ 2× |`);
  }
  return rows;
}
