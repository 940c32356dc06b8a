import { checkText } from '/work/wt/yaml11/server/src/engine/check.js';
import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2], 'utf8');
const r = checkText(text, { path: process.argv[3] ?? 'task.sandbox.yaml' });
for (const f of r.findings) console.log(f.ruleId, `${f.range.start.line+1}:${f.range.start.character+1}-${f.range.end.line+1}:${f.range.end.character+1}`, f.severity, f.message, JSON.stringify(f.fixes.map(x=>({t:x.title,s:x.safe,e:x.edits}))), f.related ? JSON.stringify(f.related):'');
