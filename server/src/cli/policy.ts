// Which team policy applies to a file. SEAM: the policy loader (server/src/policy/) is written in
// parallel; until `loadPolicyForFile` lands there, every file gets the empty policy. Replace the body
// of `lookupPolicy` with a call to it — nothing else in the CLI needs to change.
import path from 'node:path';
import { emptyPolicy, type Policy } from '../policy/types.js';

export type PolicyFor = (filePath: string) => Policy;

function lookupPolicy(_filePath: string): Policy {
  return emptyPolicy();
}

/** A per-run cache by folder: the nearest policy up the tree is the same for every file in a folder. */
export function policyLookup(): PolicyFor {
  const cache = new Map<string, Policy>();
  return (filePath: string) => {
    const dir = path.dirname(path.resolve(filePath));
    let p = cache.get(dir);
    if (!p) {
      p = lookupPolicy(path.resolve(filePath));
      cache.set(dir, p);
    }
    return p;
  };
}
