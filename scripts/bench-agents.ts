// AGENTS.md rows of the engine benchmark alone (`npm run bench` prints them with the task-config rows).
// Usage: node --import tsx scripts/bench-agents.ts   (target: check <= 2x the bare mdast parse)
import { agentsRows } from './bench/agentsRows.js';

console.log('| input | lines | bare parse (ms, median) | sandbox-guard check (ms, median) | ratio | target |\n|---|---:|---:|---:|---:|---|');
console.log(agentsRows((lines) => (lines <= 100 ? 200 : lines <= 1000 ? 40 : 12)).join('\n'));
