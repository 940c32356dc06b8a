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
import { nameGlobs } from '../../../../common/filePatterns.js';
import { workspaceRoots } from '../discover.js';
import { policyLookup } from '../policy.js';
import type { FileKind } from '../../core/types.js';

/** The kinds a checklist is made for: task configs and agent settings files (their keys and hosts). */
const CHECKLIST_KINDS: FileKind[] = ['task', 'claude', 'srt'];
const KIND_NAMES: Partial<Record<FileKind, string>> = { agents: 'an AGENTS.md file', policy: 'a policy file' };

export function runChecklist(o: CliOptions, io: Io): number {
  const abs = path.resolve(io.cwd, o.paths[0]);
  const r = readTextFile(abs);
  if (!r.ok) {
    io.stderr(`sandbox-guard: cannot make a checklist from ${o.paths[0]}: ${r.message}\n`);
    return 2;
  }
  const explicit = o.policy === undefined ? undefined : path.resolve(io.cwd, o.policy);
  const policy = policyLookup(o.rules, undefined, { roots: workspaceRoots(o.paths, io.cwd), explicit })(abs);
  const kind = fileKindOf(abs, policy);
  if (!kind || !CHECKLIST_KINDS.includes(kind)) {
    // the checklist lists a config's keys: any other file has none, and a guess would be a wrong checklist
    const what = kind ? KIND_NAMES[kind] ?? `a ${kind} file` : 'not a task config or agent settings file';
    io.stderr(`sandbox-guard: checklist needs a task config (${nameGlobs('task').join(', ')}, or a file matched by \`files\` in the policy) or an agent settings file; ${o.paths[0]} is ${what}.\n`);
    return 2;
  }
  let text = generateChecklist(r.text, { path: displayPath(abs, io.cwd), kind, policy, overrides: o.rules });
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
