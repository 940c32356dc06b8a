// Finds the policy file that applies to a file: the nearest `.sandbox-guard.yaml`/`.yml` up the tree.
// I/O is injected (the CLI and the language server pass node's fs), so this stays testable and pure.
import path from 'node:path';
import { POLICY_FILE_NAMES } from '../../../../common/filePatterns.js';
import { toFinding } from '../../core/findings.js';
import { LineIndex } from '../../core/lineIndex.js';
import { policyInvalidMeta as policyInvalid } from '../../rules/meta/policy/policy-invalid.js';
import { parsePolicy, type ParsePolicyOptions, type PolicyResult } from './parse.js';
import { emptyPolicy, type Policy } from '../../core/policy.js';

/** Returns a file's text, or undefined when it does not exist. May throw for other read errors. */
export type ReadText = (filePath: string) => string | undefined;

export interface FoundPolicy {
  path: string;
  /** undefined when the file exists but could not be read (`error` says why) */
  text?: string;
  error?: string;
}

const MISSING = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

function tryRead(read: ReadText, p: string): FoundPolicy | undefined {
  try {
    const text = read(p);
    return text === undefined ? undefined : { path: p, text };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && MISSING.has(code)) return undefined;
    return { path: p, error: (e as Error).message };
  }
}

/** The nearest policy file from `startDir` upwards; stops after `stopAt` (e.g. the workspace root) when given. */
export function findPolicyFile(startDir: string, read: ReadText, stopAt?: string): FoundPolicy | undefined {
  let dir = path.resolve(startDir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    for (const name of POLICY_FILE_NAMES) {
      const found = tryRead(read, path.join(dir, name));
      if (found) return found;
    }
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir) return undefined;
    if (stop && !isInside(parent, stop)) return undefined;
    dir = parent;
  }
}

function isInside(dir: string, root: string): boolean {
  const rel = path.relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

const cache = new Map<string, { text: string; key: string; result: PolicyResult }>();

/**
 * The policy for `filePath` (a task config or AGENTS.md) with the findings about the policy file.
 * No policy file: the empty policy. An unreadable one: the empty policy and a finding saying so.
 */
export function loadPolicyForFile(filePath: string, read: ReadText, stopAt?: string, options: ParsePolicyOptions = {}): PolicyResult {
  const found = findPolicyFile(path.dirname(path.resolve(filePath)), read, stopAt);
  if (!found) return { policy: emptyPolicy(), findings: [] };
  return loadFoundPolicy(found, options);
}

/** The policy in one given file (`--policy <file>`); undefined when the file does not exist. */
export function loadPolicyFile(policyPath: string, read: ReadText, options: ParsePolicyOptions = {}): PolicyResult | undefined {
  const found = tryRead(read, path.resolve(policyPath));
  return found && loadFoundPolicy(found, options);
}

function loadFoundPolicy(found: FoundPolicy, options: ParsePolicyOptions): PolicyResult {
  if (found.text === undefined) {
    const policy = emptyPolicy();
    policy.path = found.path;
    const finding = toFinding(policyInvalid, 'error', { message: `Policy file could not be read (${found.error}): the default policy applies.`, span: { start: 0, end: 0 } }, new LineIndex(''));
    return { policy, findings: [finding] };
  }
  // re-parsing is cheap, but a workspace check asks once per config: reuse while the text is unchanged
  const key = JSON.stringify(options.overrides ?? {});
  const hit = cache.get(found.path);
  if (hit && hit.text === found.text && hit.key === key) return { policy: clonePolicy(hit.result.policy), findings: hit.result.findings };
  const result = parsePolicy(found.text, found.path, options);
  cache.set(found.path, { text: found.text, key, result });
  if (cache.size > 100) cache.delete(cache.keys().next().value as string);
  return { policy: clonePolicy(result.policy), findings: result.findings };
}

/** Callers merge editor settings into the policy they get: never let that touch the cache. */
export function clonePolicy(p: Policy): Policy {
  return { ...p, stagingHosts: { ...p.stagingHosts }, productionHosts: [...p.productionHosts], stagingMarkers: [...p.stagingMarkers], rules: { ...p.rules }, files: [...p.files], ignore: [...p.ignore] };
}
