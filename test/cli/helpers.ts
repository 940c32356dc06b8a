// Runs the CLI in-process (fast) or as the built bundle, and normalizes output for golden files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../server/src/cli/main.js';
import { allRuleMetas } from '../../server/src/rules/meta/index.js';
import { freshTempDir } from '../helpers/tempDir.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'cli', 'fixtures');
export const GOLDEN = path.join(ROOT, 'test', 'cli', 'golden');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? {},
    isTTY: opts.isTTY ?? false,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, stdout, stderr };
}

/** Runs dist/cli.js (build it first with `node scripts/build.mjs`). */
export function runBuilt(argv: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...argv], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, ...env }, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `--rule X=off` for every rule not listed: golden files then do not change when other rules land. */
export function onlyRules(ids: string[]): string[] {
  return allRuleMetas().filter((r) => !ids.includes(r.id)).flatMap((r) => ['--rule', `${r.id}=off`]);
}

/** Replaces absolute folders (and their file:// URLs) by placeholders. */
export function normalize(text: string, dirs: Record<string, string> = { ROOT }): string {
  let out = text;
  for (const [name, d] of Object.entries(dirs)) out = out.split(`file://${d}/`).join(`file:///${name}/`).split(d).join(`<${name}>`);
  return out;
}

/** Compares with test/cli/golden/<name>; UPDATE_GOLDEN=1 rewrites it. */
export function golden(name: string, actual: string): { expected: string; actual: string } {
  const p = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(p, actual);
  }
  // a missing golden file is a failure, not a silent pass
  return { expected: fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : `<missing ${name}: run with UPDATE_GOLDEN=1>`, actual };
}

/** A fresh temp folder with the given files (path -> content). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const dir = freshTempDir('sg-cli-');
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}
