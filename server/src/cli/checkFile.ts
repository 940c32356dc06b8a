// Checks one file with the engine (the same checkText the language server calls), turning every way
// the file can be bad into an SG000 finding instead of an exception.
import { checkText, type CheckResult } from '../engine/check.js';
import type { FileKind, Finding, SeverityOrOff } from '../core/types.js';
import type { WorkspaceView } from '../core/workspace.js';
import { emptyPolicy, type Policy } from '../core/policy.js';
import { unreadableFinding, unreadableFindings } from '../engine/unreadable.js';
import type { Target } from './discover.js';
import { readTextFile } from '../core/readFile.js';
import { displayPath, type FileReport } from './report.js';

export interface CheckEnv {
  cwd: string;
  policyFor: (filePath: string) => Policy;
  overrides: Record<string, SeverityOrOff>;
  reportSuppressions: boolean;
  workspace: WorkspaceView & { overlay: Map<string, string> };
}

/** Runs the engine on a text; an engine exception becomes a finding (and exit code 2), never a crash. */
export function runEngine(text: string, abs: string, kind: FileKind, env: CheckEnv): CheckResult & { internalError?: boolean } {
  const policy = env.policyFor(abs);
  try {
    return checkText(text, { path: abs, kind, policy, overrides: env.overrides, reportSuppressions: env.reportSuppressions, workspace: env.workspace });
  } catch (e) {
    const msg = `Internal error while checking this file: ${(e as Error).message}. Please report it with the file's shape (not its secrets).`;
    // reported at error whatever the configuration: the policy itself may be what broke
    return { kind, findings: unreadableFinding(msg, emptyPolicy(), {}), suppressed: [], internalError: true };
  }
}

export function checkTarget(t: Target, env: CheckEnv): FileReport {
  const base = { path: t.path, displayPath: displayPath(t.path, env.cwd), kind: t.kind, suppressed: [] as Finding[] };
  const policy = env.policyFor(t.path);
  const overlay = env.workspace.overlay.get(t.path);
  const r = overlay !== undefined ? { ok: true as const, text: overlay, bom: false } : readTextFile(t.path);
  if (!r.ok) return { ...base, text: r.text ?? '', findings: unreadableFindings(r, policy, env.overrides) };
  if (t.kind === 'task' && r.text.trim() === '') {
    // an empty task config grants nothing, so it is not an error; say so in case it was truncated by mistake
    return { ...base, text: r.text, findings: unreadableFinding('Empty task config: there is nothing to check. Delete the file or fill it in.', policy, env.overrides, r.text, 0, 'info') };
  }
  const res = runEngine(r.text, t.path, t.kind, env);
  return { ...base, text: r.text, findings: res.findings, suppressed: res.suppressed, internalError: res.internalError };
}
