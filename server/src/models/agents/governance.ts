// Which instruction file (AGENTS.md, AGENTS.override.md, CLAUDE.md, .github/copilot-instructions.md) governs a
// config: the nearest one up the tree, stopping at the workspace root, the agent's precedence deciding within
// one folder (instructionFiles.ts); and which task configs an instruction file governs. Reads other files only
// through the WorkspaceView.
import path from 'node:path';
import { matchesHostPattern } from '../../catalog/catalog.js';
import { normalizeHostEntry } from '../../hosts/hostname.js';
import { INSTRUCTION_FILES, type InstructionReader } from './instructionFiles.js';
import { buildTaskDoc, type HostEntry, type TaskDoc } from '../task/taskModel.js';
import type { WorkspaceView } from '../../core/workspace.js';
import { parseYaml, preflight } from '../../core/yamlSource.js';

const norm = (p: string) => path.normalize(p);

function isInside(child: string, dir: string): boolean {
  const rel = path.relative(dir, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The instruction file nearest up the tree from a file that `reader` reads (in one folder, the first of its
 * precedence list that exists), or undefined; the search stops at the workspace root holding the file.
 */
export function governingAgentsPath(filePath: string, ws: WorkspaceView, reader: InstructionReader = 'any'): string | undefined {
  const names = INSTRUCTION_FILES[reader];
  const file = norm(filePath);
  const roots = ws.roots().map(norm).filter((r) => isInside(file, r));
  // the innermost root holding the file bounds the walk
  const stop = roots.sort((a, b) => b.length - a.length)[0];
  let dir = path.dirname(file);
  for (;;) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (ws.readText(candidate) !== undefined) return candidate;
    }
    if (stop !== undefined && dir === stop) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    if (stop !== undefined && !isInside(parent, stop)) return undefined;
    dir = parent;
  }
}

export interface GovernedConfig {
  path: string;
  text: string;
  docs: TaskDoc[];
}

const docsCache = new Map<string, TaskDoc[]>();
/** Bounded by text size too: a model holds the parsed tree, many times the size of its text (several MiB for a 10,000-line config). */
const MAX_CACHED_CHARS = 1_000_000;
let cachedChars = 0;
/** The task-config model of another file (parsed once per text). */
export function taskDocsOf(text: string): TaskDoc[] {
  const hit = docsCache.get(text);
  if (hit) return hit;
  let docs: TaskDoc[] = [];
  if (!preflight(text)) docs = parseYaml(text).docs.map((d) => buildTaskDoc(text, d));
  if (text.length > MAX_CACHED_CHARS) return docs;
  while (docsCache.size && (docsCache.size >= 64 || cachedChars + text.length > MAX_CACHED_CHARS)) {
    const oldest = docsCache.keys().next().value as string;
    docsCache.delete(oldest);
    cachedChars -= oldest.length;
  }
  docsCache.set(text, docs);
  cachedChars += text.length;
  return docs;
}

/** Task configs whose governing instruction file is `agentsPath`. */
export function governedConfigs(agentsPath: string, ws: WorkspaceView): GovernedConfig[] {
  const target = norm(agentsPath);
  const out: GovernedConfig[] = [];
  for (const p of ws.taskConfigPaths()) {
    if (governingAgentsPath(p, ws) !== target) continue;
    const text = ws.readText(p);
    if (text === undefined) continue;
    out.push({ path: p, text, docs: taskDocsOf(text) });
  }
  return out;
}

/** Whether an allowlist entry (normalized: `api.x.com`, `*.x.com`, `.x.com`) lets `host` (lowercase) through. */
export function entryAllows(entry: string, host: string): boolean {
  return entry === host || (entry.includes('*') && matchesHostPattern(entry, host)) || (entry.startsWith('.') && host.endsWith(entry));
}

/** The allowlist entries (allowlist / allowlist_additions) that let a host through. */
export function allowlistEntriesFor(host: string, docs: TaskDoc[]): HostEntry[] {
  const h = host.toLowerCase();
  const out: HostEntry[] = [];
  for (const d of docs) {
    for (const e of d.allowlist) {
      if (entryAllows(normalizeHostEntry(e.value).host, h)) out.push(e);
    }
  }
  return out;
}

/** Path of `target` as shown in messages: relative to the other file's folder. */
export function displayPath(target: string, from?: string): string {
  if (!from) return target;
  const rel = path.relative(path.dirname(norm(from)), norm(target));
  return rel.split(path.sep).join('/') || path.basename(target);
}
