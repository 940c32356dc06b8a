// False alarms of the AGENTS.md recogniser on real prose: README.md and CONTRIBUTING.md files of installed packages
// (node_modules, one file of each name per package, sorted, the first 165) are not AGENTS.md files, so every sentence
// read as a staging-only rule or a contradiction is a false alarm. Prints the counts and each sentence.
// Usage: node --import tsx scripts/prose-alarms.ts [count]   (see test/agents/corpus/README.md)
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { analyzeAgents } from '../server/src/models/agents/analyze.js';

const count = Number(process.argv[2] ?? 165);
const all = execSync('find node_modules \\( -iname README.md -o -iname CONTRIBUTING.md \\) | sort').toString().trim().split('\n');
const seen = new Set<string>();
const picked: string[] = [];
for (const f of all) {
  const parts = f.split('/');
  const pkg = parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/');
  const key = `${pkg}|${parts[parts.length - 1].toLowerCase()}`;
  if (seen.has(key)) continue;
  seen.add(key);
  picked.push(f);
  if (picked.length === count) break;
}
let contradictions = 0;
let rules = 0;
const lines: string[] = [];
for (const f of picked) {
  const text = readFileSync(f, 'utf8');
  for (const u of analyzeAgents(text).units) {
    for (const s of u.sentences) {
      const shown = text.slice(s.span.start, s.span.end).replace(/\s+/g, ' ').slice(0, 120);
      if (s.contradiction) { contradictions++; lines.push(`contradiction  ${f}: ${shown}`); }
      if (s.concepts.size) { rules++; lines.push(`${[...s.concepts].join(',').padEnd(14)} ${f}: ${shown}`); }
    }
  }
}
console.log(`${picked.length} files: ${contradictions} sentences read as contradictions, ${rules} as rules (all false alarms)`);
console.log(lines.join('\n'));
