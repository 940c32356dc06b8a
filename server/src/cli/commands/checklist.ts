// `sandbox-guard checklist <config> [--output FILE]`: the sandbox-key checklist as Markdown.
// Writing over an existing checklist keeps its ticked boxes.
import fs from 'node:fs';
import path from 'node:path';
import type { CliOptions } from '../args.js';
import type { Io } from '../io.js';
import { readTextFile } from '../../core/readFile.js';
import { displayPath } from '../report.js';
import { fileKindOf } from '../../core/fileKind.js';
import { generateChecklist, mergeChecklist } from '../../engine/checklist/index.js';

export function runChecklist(o: CliOptions, io: Io): number {
  const abs = path.resolve(io.cwd, o.paths[0]);
  const r = readTextFile(abs);
  if (!r.ok) {
    io.stderr(`sandbox-guard: cannot make a checklist from ${o.paths[0]}: ${r.message}\n`);
    return 2;
  }
  let text = generateChecklist(r.text, { path: displayPath(abs, io.cwd), kind: fileKindOf(abs) });
  if (!o.output) {
    io.stdout(text);
    return 0;
  }
  const out = path.resolve(io.cwd, o.output);
  try {
    const existing = fs.existsSync(out) ? readTextFile(out) : undefined;
    if (existing?.ok) text = mergeChecklist(existing.text, text);
    fs.writeFileSync(out, text);
  } catch (e) {
    io.stderr(`sandbox-guard: cannot write ${o.output}: ${(e as Error).message}\n`);
    return 2;
  }
  io.stderr(`wrote ${displayPath(out, io.cwd)}\n`);
  return 0;
}
