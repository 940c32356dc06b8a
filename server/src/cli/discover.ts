// Finds the files `sandbox-guard check` looks at: task configs, AGENTS.md and policy files, by name
// or by the policy's `files` globs; skips node_modules, .git and the policy's `ignore` globs.
import fs from 'node:fs';
import path from 'node:path';
import { kindOfFileName } from '../../../common/filePatterns.js';
import { fileKindOf, globMatch } from '../core/fileKind.js';
import type { FileKind } from '../core/types.js';
import type { PolicyFor } from './policy.js';

export interface Target {
  /** absolute path */
  path: string;
  kind: FileKind;
  /** named on the command line (checked whatever its name) */
  explicit: boolean;
  /** a directory whose name looks like a config file */
  directory?: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);
const MAX_DEPTH = 64;

export class MissingPathError extends Error {}

export function isIgnored(abs: string, policyFor: PolicyFor): boolean {
  // a policy file is always checked: an `ignore` glob cannot hide the policy that ignores
  if (fileKindOf(abs) === 'policy') return false;
  const policy = policyFor(abs);
  return policy.ignore.some((g) => globMatch(g, abs, policy.path));
}

/** Targets under the given paths (files named explicitly included, as `kind` when given), sorted by path, without duplicates. */
export function discover(paths: string[], cwd: string, policyFor: PolicyFor, kind?: FileKind): Target[] {
  const out = new Map<string, Target>();
  const inputs = paths.length ? paths : ['.'];
  for (const p of inputs) {
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      // a dangling symlink named explicitly is still a file to report on; a missing path is a usage error
      if (!isSymlink(abs)) throw new MissingPathError(`No such file or directory: ${p}`);
    }
    if (stat?.isDirectory()) walk(abs, 0, out, policyFor);
    else if (!isIgnored(abs, policyFor)) out.set(abs, { path: abs, kind: kind ?? explicitKind(abs, policyFor), explicit: true });
  }
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function explicitKind(abs: string, policyFor: PolicyFor): FileKind {
  const lower = abs.toLowerCase();
  return fileKindOf(abs, policyFor(abs)) ?? (lower.endsWith('.md') ? 'agents' : lower.endsWith('.json') ? 'claude' : 'task');
}

function isSymlink(abs: string): boolean {
  try {
    return fs.lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

function walk(dir: string, depth: number, out: Map<string, Target>, policyFor: PolicyFor): void {
  if (depth > MAX_DEPTH) return;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable folder holds nothing we can check
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || isIgnored(abs, policyFor)) continue;
      if (kindOfFileName(e.name) === 'task') out.set(abs, { path: abs, kind: 'task', explicit: false, directory: true });
      walk(abs, depth + 1, out, policyFor);
      continue;
    }
    // symlinked folders are not followed (loops); symlinked files, FIFOs etc. are reported by the reader
    if (e.isSymbolicLink() && isDirectoryTarget(abs)) continue;
    const kind = fileKindOf(abs, policyFor(abs));
    if (kind && !isIgnored(abs, policyFor)) out.set(abs, { path: abs, kind, explicit: false });
  }
}

function isDirectoryTarget(abs: string): boolean {
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/** Folders that bound AGENTS.md lookups: the nearest git root of each input, else the working folder. */
export function workspaceRoots(paths: string[], cwd: string): string[] {
  const roots = new Set<string>();
  for (const p of paths.length ? paths : ['.']) {
    const abs = path.resolve(cwd, p);
    let dir = abs;
    let found: string | undefined;
    for (let i = 0; i < 100; i++) {
      if (fs.existsSync(path.join(dir, '.git'))) {
        found = dir;
        break;
      }
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    const inCwd = !path.relative(cwd, abs).startsWith('..');
    roots.add(found ?? (inCwd ? cwd : isDirectoryTarget(abs) ? abs : path.dirname(abs)));
  }
  return [...roots].sort();
}
