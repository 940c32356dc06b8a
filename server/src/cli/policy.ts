// Which team policy applies to a file: the nearest `.sandbox-guard.yaml` up the tree, through the
// policy loader (server/src/kinds/policy/load.ts) with the file system as its reader.
import path from 'node:path';
import type { Finding, SeverityOrOff } from '../core/types.js';
import { loadPolicyForFile, type ReadText } from '../kinds/policy/load.js';
import type { Policy } from '../core/policy.js';
import { readPolicyText } from '../core/readFile.js';

export interface PolicyFor {
  (filePath: string): Policy;
  /** policy file path -> findings the loader reported about it (shown even when the file is outside the checked paths) */
  problems: Map<string, Finding[]>;
}

const readForPolicy: ReadText = readPolicyText;

/** A per-run cache by folder: the nearest policy up the tree is the same for every file in a folder. */
export function policyLookup(overrides: Record<string, SeverityOrOff> = {}, read: ReadText = readForPolicy): PolicyFor {
  const cache = new Map<string, Policy>();
  const problems = new Map<string, Finding[]>();
  const lookup = ((filePath: string) => {
    const dir = path.dirname(path.resolve(filePath));
    let p = cache.get(dir);
    if (!p) {
      const res = loadPolicyForFile(path.resolve(filePath), read, undefined, { overrides });
      p = res.policy;
      if (p.path && res.findings.length && !problems.has(p.path)) problems.set(p.path, res.findings);
      cache.set(dir, p);
    }
    return p;
  }) as PolicyFor;
  lookup.problems = problems;
  return lookup;
}
