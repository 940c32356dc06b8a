// `sandbox-guard check [paths...]`: discover, (fix,) check, format, exit code.
import fs from 'node:fs';
import type { CliOptions } from '../args.js';
import { UsageError } from '../args.js';
import { runEngine, checkTarget, type CheckEnv } from '../checkFile.js';
import { colorEnabled, paint } from '../color.js';
import { lineDiff } from '../diff.js';
import { discover, MissingPathError, workspaceRoots, type Target } from '../discover.js';
import { countApplied, describeApplied, fixText } from '../fix.js';
import { formatJson } from '../formats/json.js';
import { formatSarif } from '../formats/sarif.js';
import { formatStylish } from '../formats/stylish.js';
import { FsWorkspace } from '../fsWorkspace.js';
import type { Io } from '../io.js';
import { policyLookup } from '../policy.js';
import { readTextFile } from '../../core/readFile.js';
import { redactText } from '../../secrets/redactText.js';
import { displayPath, totals, type FileReport } from '../report.js';
import { allRuleMetas } from '../../rules/meta/index.js';
import { applyEdits } from '../../core/applyEdits.js';
import type { FileEdit } from '../../core/types.js';
import path from 'node:path';

export function runCheck(o: CliOptions, io: Io, version: string): number {
  const roots = workspaceRoots(o.paths, io.cwd);
  const explicitPolicy = o.policy === undefined ? undefined : path.resolve(io.cwd, o.policy);
  if (explicitPolicy && !isFile(explicitPolicy)) throw new UsageError(`--policy: no such file: ${o.policy}`);
  const policyFor = policyLookup(o.rules, undefined, { roots, explicit: explicitPolicy });
  let targets: Target[];
  try {
    targets = discover(o.paths, io.cwd, policyFor, o.kind);
  } catch (e) {
    if (e instanceof MissingPathError) throw new UsageError(e.message);
    throw e;
  }
  if (!targets.length) {
    // said on stderr so a mistyped path in CI is visible; not an error: a repository may have no configs yet
    io.stderr(`sandbox-guard: no task configs, agent instruction files or policy files found in ${o.paths.length ? o.paths.join(', ') : '.'}\n`);
  }
  const workspace = new FsWorkspace(roots, policyFor);
  const env: CheckEnv = { cwd: io.cwd, policyFor, overrides: o.rules, reportSuppressions: o.reportSuppressions, workspace };
  const toStdout = o.format === 'stylish' && !o.output;
  const note = (s: string) => (toStdout ? io.stdout(s) : io.stderr(s));

  let fixFailed = false;
  if (o.fix || o.fixDryRun) fixFailed = !runFixes(targets, env, workspace, o.fixDryRun, note, io.cwd, workspaceRoots(o.paths, io.cwd));

  const all = targets.map((t) => checkTarget(t, env));
  // a broken policy file outside the checked paths still gets its findings: it never silently turns checking off
  // (only policies that govern a checked file: cross-file rules may load others while scanning the repository)
  // (the policy of each checked path too: one that ignores everything leaves no target to find it by)
  const governing = new Set([...targets.map((t) => policyFor(t.path).path), ...inputProbes(o.paths, io.cwd).map((p) => policyFor(p).path), explicitPolicy]);
  for (const [p, findings] of policyFor.problems) {
    if (!governing.has(p) || targets.some((t) => t.path === p)) continue;
    const r = readTextFile(p);
    all.push({ path: p, displayPath: displayPath(p, io.cwd), kind: 'policy', text: r.ok ? r.text : '', findings, suppressed: [] });
  }
  const policyOf = (file: string) => policyFor(file).path;
  for (const r of all) {
    const pp = policyOf(r.path);
    if (pp) r.policy = displayPath(pp, io.cwd);
  }
  for (const p of policyFor.skipped ?? []) {
    io.stderr(`sandbox-guard: not using ${displayPath(p, io.cwd)}: it is outside the checked folder${roots.length > 1 ? 's' : ''}; pass --policy ${displayPath(p, io.cwd)} to apply it.\n`);
  }
  const policies = explicitPolicy ? [displayPath(explicitPolicy, io.cwd)] : [...new Set(all.map((r) => r.policy).filter((p): p is string => !!p))].sort();
  const t = totals(all);
  const reports = o.quiet ? all.map(quietOnly) : all;
  const color = colorEnabled(o.color, io.isTTY, io.env, !!o.output);
  const internalError = all.some((r) => r.internalError);
  const text =
    o.format === 'json' ? formatJson(reports)
    : o.format === 'sarif' ? formatSarif(reports, { version, rules: allRuleMetas(), cwd: io.cwd, executionSuccessful: !internalError, policies })
    : formatStylish(reports, paint(color), { policies, explicit: !!explicitPolicy });
  if (o.output) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, o.output), text);
    } catch (e) {
      io.stderr(`sandbox-guard: cannot write ${o.output}: ${(e as Error).message}\n`);
      return 2;
    }
  } else io.stdout(text);

  if (internalError || fixFailed) return 2;
  if (o.exitZero) return 0;
  if (t.errors > 0) return 1;
  if (o.maxWarnings !== undefined && t.warnings > o.maxWarnings) {
    io.stderr(`sandbox-guard: ${t.warnings} warnings exceed --max-warnings ${o.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function quietOnly(r: FileReport): FileReport {
  return { ...r, findings: r.findings.filter((f) => f.severity === 'error'), suppressed: r.suppressed.filter((f) => f.severity === 'error') };
}

/** Applies safe fixes (into the workspace overlay, then to disk unless dry run). False when a write failed or was refused. */
function runFixes(targets: Target[], env: CheckEnv, ws: FsWorkspace, dryRun: boolean, note: (s: string) => void, cwd: string, roots: string[]): boolean {
  const originals = new Map<string, { text: string; bom: boolean }>();
  const original = (abs: string) => {
    if (!originals.has(abs)) {
      const r = readTextFile(abs);
      originals.set(abs, r.ok ? { text: r.text, bom: r.bom } : { text: '', bom: false });
    }
    return originals.get(abs)!;
  };
  const applyFileEdits = (edits: FileEdit[]) => {
    for (const fe of edits) {
      const abs = path.resolve(cwd, fe.path);
      const current = ws.overlay.get(abs) ?? (fs.existsSync(abs) ? original(abs).text : fe.create ? '' : undefined);
      if (current !== undefined) ws.overlay.set(abs, applyEdits(current, fe.edits));
    }
  };
  // per file: the "fixed …" line, printed only once the file is written (or in a dry run)
  const summaries = new Map<string, string>();
  const refusals: string[] = [];
  const problems: string[] = [];
  const diffs: string[] = [];
  const failed = new Set<string>();
  for (const t of targets) {
    if (t.directory) continue;
    const r = readTextFile(t.path);
    if (!r.ok || !r.text.trim()) continue;
    originals.set(t.path, { text: r.text, bom: r.bom });
    const check = (text: string) => {
      ws.overlay.set(t.path, text);
      return runEngine(text, t.path, t.kind, env).findings;
    };
    const outcome = fixText(ws.overlay.get(t.path) ?? r.text, check, { kind: t.kind, onFileEdits: applyFileEdits });
    ws.overlay.set(t.path, outcome.text);
    const shown = displayPath(t.path, cwd);
    for (const x of outcome.refused) refusals.push(`not fixed in ${shown}:${x.line}: ${x.ruleName} — ${x.reason}; fix it by hand`);
    const n = countApplied(outcome.applied);
    if (!n) continue;
    summaries.set(t.path, `${dryRun ? 'would fix' : 'fixed'} ${n} finding${n === 1 ? '' : 's'} in ${shown} (${describeApplied(outcome.applied)})${outcome.stable ? '' : ' — stopped: the fixes did not settle, check the result'}`);
  }
  let ok = true;
  const realRoots = roots.map(realpathOr);
  for (const [abs, text] of ws.overlay) {
    const before = originals.get(abs) ?? { text: fs.existsSync(abs) ? original(abs).text : '', bom: false };
    if (text === before.text) continue;
    const shown = displayPath(abs, cwd);
    if (dryRun) {
      diffs.push(`--- ${shown}\n+++ ${shown} (fixed)\n${redactText(lineDiff(before.text, text))}`);
      continue;
    }
    const problem = writeProblem(abs, realRoots);
    if (!problem) {
      try {
        fs.writeFileSync(abs, (before.bom ? '\uFEFF' : '') + text);
        continue;
      } catch (e) {
        problems.push(`sandbox-guard: cannot write ${shown}: ${(e as Error).message}`);
      }
    } else problems.push(`sandbox-guard: not written: ${shown} ${problem}`);
    // the report below must describe the file as it is on disk: unchanged
    ok = false;
    failed.add(abs);
    problems.push(`  ${shown} is unchanged; its findings below are those of the unchanged file`);
    if (originals.has(abs) || fs.existsSync(abs)) ws.overlay.set(abs, before.text);
    else ws.overlay.delete(abs);
  }
  // the report then shows what is left after the fixes (written, or only computed in a dry run)
  const lines = [...[...summaries].filter(([abs]) => !failed.has(abs)).map(([, line]) => line), ...refusals, ...problems, ...diffs];
  if (lines.length) note(lines.join('\n') + '\n\n');
  return ok;
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Why `--fix` must not write `abs`: it resolves (through a symbolic link) to a file outside the checked tree. */
function writeProblem(abs: string, realRoots: string[]): string | undefined {
  // a file to create (AGENTS.md) is judged by its folder
  const real = fs.existsSync(abs) ? realpathOr(abs) : path.join(realpathOr(path.dirname(abs)), path.basename(abs));
  const within = realRoots.some((root) => {
    const rel = path.relative(root, real);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
  if (within) return undefined;
  return 'is a symbolic link to a file outside the checked folder: --fix does not write through it (fix the file it points to in its own repository)';
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A path standing for each input: a file itself, a folder by a file inside it (its policy is the folder's). */
function inputProbes(paths: string[], cwd: string): string[] {
  return (paths.length ? paths : ['.']).map((p) => {
    const abs = path.resolve(cwd, p);
    try {
      return fs.statSync(abs).isDirectory() ? path.join(abs, '.probe') : abs;
    } catch {
      return abs;
    }
  });
}
