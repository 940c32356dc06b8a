// Which team policy applies to a file: the nearest `.sandbox-guard.yaml` up the tree, but never above
// the checked folder's root (its git root, else the checked folder), through the policy loader
// (server/src/kinds/policy/load.ts) with the file system as its reader. A policy from elsewhere applies
// only when named with `--policy <file>`, and then to every checked file.
import path from 'node:path';
import type { Finding, SeverityOrOff } from '../core/types.js';
import { findPolicyFile, loadPolicyFile, loadPolicyForFile, type ReadText } from '../kinds/policy/load.js';
import type { Policy } from '../core/policy.js';
import { readPolicyText } from '../core/readFile.js';

export interface PolicyFor {
  (filePath: string): Policy;
  /** policy file path -> findings the loader reported about it (shown even when the file is outside the checked paths) */
  problems: Map<string, Finding[]>;
  /** policy files found above the roots and not used (the user is told how to use one: `--policy`) */
  skipped?: Set<string>;
}

export interface PolicyLookupOptions {
  /** folders a policy lookup never goes above (the checked folders' git roots); none: no bound */
  roots?: string[];
  /** `--policy <file>`: this policy applies to every file */
  explicit?: string;
}

const readForPolicy: ReadText = readPolicyText;

function isInside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A per-run cache by folder: the nearest policy up the tree is the same for every file in a folder. */
export function policyLookup(overrides: Record<string, SeverityOrOff> = {}, read: ReadText = readForPolicy, options: PolicyLookupOptions = {}): PolicyFor {
  const cache = new Map<string, Policy>();
  const problems = new Map<string, Finding[]>();
  const skipped = new Set<string>();
  const explicit = options.explicit ? loadPolicyFile(options.explicit, read, { overrides }) : undefined;
  if (explicit?.policy.path && explicit.findings.length) problems.set(explicit.policy.path, explicit.findings);
  const lookup = ((filePath: string) => {
    if (explicit) return explicit.policy;
    const abs = path.resolve(filePath);
    const dir = path.dirname(abs);
    let p = cache.get(dir);
    if (!p) {
      // the deepest root holding the file; a file outside every root only gets a policy beside it
      const stopAt = (options.roots ?? []).filter((r) => isInside(abs, r)).sort((a, b) => b.length - a.length)[0] ?? (options.roots ? dir : undefined);
      const res = loadPolicyForFile(abs, read, stopAt, { overrides });
      p = res.policy;
      if (p.path && res.findings.length && !problems.has(p.path)) problems.set(p.path, res.findings);
      if (stopAt && !p.path) {
        const above = findPolicyFile(dir, read);
        if (above) skipped.add(above.path);
      }
      cache.set(dir, p);
    }
    return p;
  }) as PolicyFor;
  lookup.problems = problems;
  lookup.skipped = skipped;
  return lookup;
}
