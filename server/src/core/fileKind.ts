import path from 'node:path';
import type { Policy } from './policy.js';
import { kindOfPath } from '../../../common/filePatterns.js';
import type { FileKind } from './types.js';

/** The kind of a file by its name (and the policy's extra globs); undefined when it is none of ours. */
export function fileKindOf(filePath: string, policy?: Policy): FileKind | undefined {
  const byName = kindOfPath(filePath);
  if (byName) return byName;
  if (policy?.files.length && policy.files.some((g) => globMatch(g, filePath, policy.path))) return 'task';
  return undefined;
}

/** Minimal glob matcher (`**`, `*`, `?`), relative to the policy file's folder; linear, no regex from user text. */
export function globMatch(glob: string, filePath: string, policyPath?: string): boolean {
  const base = policyPath ? path.dirname(policyPath) : '';
  const rel = (base ? path.relative(base, filePath) : filePath).split(path.sep).join('/');
  const g = glob.replace(/^\.\//, '');
  const target = g.includes('/') ? rel : rel.split('/').pop() ?? rel;
  return matchSegments(g.split('/'), target.split('/'));
}

function matchSegments(pat: string[], parts: string[]): boolean {
  // dynamic programming over segments: linear in |pat| * |parts|
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const k = `${i},${j}`;
    const hit = memo.get(k);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (i === pat.length) r = j === parts.length;
    else if (pat[i] === '**') r = go(i + 1, j) || (j < parts.length && go(i, j + 1));
    else r = j < parts.length && matchName(pat[i], parts[j]) && go(i + 1, j + 1);
    memo.set(k, r);
    return r;
  };
  return go(0, 0);
}

/** `*` and `?` within one path segment, by iterative backtracking with a single star memory (linear-ish, no regex). */
export function matchName(p: string, s: string): boolean {
  let pi = 0, si = 0, star = -1, mark = 0;
  while (si < s.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === s[si])) { pi++; si++; }
    else if (pi < p.length && p[pi] === '*') { star = pi++; mark = si; }
    else if (star >= 0) { pi = star + 1; si = ++mark; }
    else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}
