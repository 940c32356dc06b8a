// Which team policy applies to a file (the nearest `.sandbox-guard.yaml`, through the policy loader),
// merged with the editor settings. Open policy documents are read from the editor, others from disk.
import path from 'node:path';
import type { SeverityOrOff } from '../core/types.js';
import { loadPolicyForFile, type ReadText } from '../kinds/policy/load.js';
import { emptyPolicy, type Policy } from '../core/policy.js';
import type { Settings } from './settings.js';

/**
 * Policies cached per folder (the nearest policy file is the same for every file in a folder). Only a
 * policy inside the workspace folder applies: `root` bounds the lookup, and a file outside every
 * workspace folder (root undefined) gets the built-in defaults.
 */
export class PolicyCache {
  private readonly byDir = new Map<string, Policy>();

  constructor(private readonly read: ReadText, private readonly loaded: (dir: string, policy: Policy) => void = () => undefined) {}

  get(filePath: string, overrides: Record<string, SeverityOrOff> = {}, root?: string): Policy {
    const dir = path.dirname(filePath);
    let p = this.byDir.get(dir);
    if (!p) {
      try {
        p = root ? loadPolicyForFile(filePath, this.read, root, { overrides }).policy : emptyPolicy();
      } catch {
        // a broken policy never turns checking off
        p = emptyPolicy();
      }
      this.byDir.set(dir, p);
      this.loaded(dir, p);
    }
    return p;
  }

  clear(): void {
    this.byDir.clear();
  }
}

/** The policy with the user's settings merged in: user staging hosts under the policy's. */
export function mergePolicy(policy: Policy, settings: Settings): Policy {
  if (!Object.keys(settings.stagingHosts).length) return policy;
  return { ...policy, stagingHosts: { ...settings.stagingHosts, ...policy.stagingHosts } };
}
