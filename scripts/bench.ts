// `npm run bench`: engine check time next to the bare parse of the same text (the floor), medians.
// Task configs: 50 / 1,000 / 10,000 lines vs the `yaml` parser alone.
// AGENTS.md: 100 / 1,000 / 5,000 lines vs the bare Markdown (mdast) parse.
// Claude Code settings: 50 / 1,000 / 10,000 lines vs a bare jsonc-parser parseTree of the same text.
// Codex config.toml: 50 / 1,000 / 10,000 lines vs the bare toml-eslint-parser parse.
// Hostile: small hostile inputs at 1× / 10× / 100× (cost growth vs the ideal), `--hostile-only` for just these,
// `--no-hostile` for all but these (minutes shorter; written to bench/engine-formats.md instead).
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { checkText } from '../server/src/engine/check.js';
import { ParseCache } from '../server/src/core/incrementalParse.js';
import { genConfig } from './bench/genConfig.js';
import { fmt, timeMedian } from './bench/timing.js';
import { agentsRows } from './bench/agentsRows.js';
import { hostileRows } from './bench/hostileRows.js';
import { claudeRows } from './bench/claudeRows.js';
import { codexRows } from './bench/codexRows.js';

const runsFor = (lines: number) => (lines <= 100 ? 200 : lines <= 1000 ? 40 : 12);
const hostileOnly = process.argv.includes('--hostile-only');
const noHostile = process.argv.includes('--no-hostile');
const rows: string[] = [];
rows.push('| input | lines | bare parse (ms, median) | sandbox-guard check (ms, median) | ratio | target | editor re-check after a one-character edit (ms, median) |', '|---|---:|---:|---:|---:|---|---:|');

/** The text with one character of the first host after line 4 toggled (what a keystroke does). */
function edited(text: string): string {
  const at = text.indexOf('.com', text.split('\n').slice(0, 4).join('\n').length);
  return text.slice(0, at - 1) + (text[at - 1] === 'q' ? 'p' : 'q') + text.slice(at);
}

for (const lines of hostileOnly ? [] : [50, 1000, 10000]) {
  const text = genConfig(lines);
  const runs = runsFor(lines);
  const parse = timeMedian(() => parseAllDocuments(text), runs);
  const check = timeMedian(() => checkText(text, { path: 'bench.sandbox.yaml' }), runs);
  const findings = checkText(text, { path: 'bench.sandbox.yaml' }).findings.length;
  // the language server's path: a per-document parse cache, each run checking the other of two versions
  const versions = [text, edited(text)];
  const parseCache = new ParseCache();
  let k = 0;
  const recheck = timeMedian(() => checkText(versions[k++ % 2], { path: 'bench.sandbox.yaml', parseCache }), runs);
  rows.push(`| task config (${findings} findings) | ${text.split('\n').length - 1} | ${fmt(parse)} | ${fmt(check)} | ${(check / parse).toFixed(2)}× | ≤ 2× | ${fmt(recheck)} |`);
}
if (!hostileOnly) rows.push(...agentsRows(runsFor).map((r) => `${r} — |`)); // AGENTS.md is checked whole
if (!hostileOnly) rows.push(...claudeRows(runsFor).map((r) => `${r} — |`)); // JSON settings are checked whole
if (!hostileOnly) rows.push(...codexRows(runsFor)); // a Codex config is checked whole
if (!noHostile) rows.push('', '### Hostile inputs (issue 8 §3): cost growth at 10× and 100× the size', '', ...hostileRows());

const out = [`Sandbox Guard engine benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${process.platform}/${process.arch}`, '', ...rows].join('\n');
console.log(out);
fs.mkdirSync(path.join(process.cwd(), 'bench'), { recursive: true });
if (!hostileOnly) fs.writeFileSync(path.join(process.cwd(), 'bench', noHostile ? 'engine-formats.md' : 'engine-results.md'), out + '\n');
