// Standalone (build-time) vs runtime (`ajv.compile`) schema validation: cold start and per-validation cost.
// A benchmark, not a test: `node --import tsx scripts/bench-schema.ts`. Medians of several runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';

const root = path.resolve(import.meta.dirname, '..');
const schemaFile = path.join(root, 'schemas/sandbox-task.schema.json');
const generated = path.join(root, 'server/src/schema/generated/taskValidator.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-schema-'));
const standaloneMjs = path.join(tmp, 'taskValidator.mjs');
fs.writeFileSync(standaloneMjs, fs.readFileSync(generated, 'utf8')); // plain JS inside: loadable as .mjs

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const RUNS = 7;

/** Cold start in a fresh node process, timed inside it: module load (+ compile) until the first validation returns. */
function coldStart(body: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const t0 = performance.now();\n${body}\nconsole.log(performance.now() - t0);`], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(Number(r.stdout.trim()));
  }
  return median(times);
}

const value = { version: 1, network: { allowlist: ['api.staging.example.com'], methods: ['GET'] }, credentials: { STAGING_API_KEY: { source: 'vault', scope: 'task', permissions: 'read-only', rate_limit: { requests: 60, per: 'minute' } } }, env: { API_BASE_URL: 'https://api.staging.example.com' }, max_parallel_tasks: 4 };
const bad = { version: 2, network: { allowlst: [] }, credentials: { k: { source: 'x', permissions: 'readonly', rate_limit: { requests: 0 } } } };

const standaloneCold = coldStart(`const m = await import(${JSON.stringify(pathToFileURL(standaloneMjs).href)});\nm.default(${JSON.stringify(value)});`);
const runtimeCold = coldStart(`const { default: Ajv } = await import('ajv');\nconst fs = await import('node:fs');\nconst v = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(${JSON.stringify(schemaFile)}, 'utf8')));\nv(${JSON.stringify(value)});`);

/** Per-validation time in microseconds (median of RUNS batches). */
function perValidation(fn: (v: unknown) => boolean, data: unknown, n = 20_000): number {
  const batches: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn(data);
    batches.push(((performance.now() - t0) * 1000) / n);
  }
  return median(batches);
}

async function main() {
  const standalone = (await import(pathToFileURL(standaloneMjs).href)).default as (v: unknown) => boolean;
  const runtime = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  const compileTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
    compileTimes.push(performance.now() - t0);
  }

  const fmt = (n: number, d = 2) => n.toFixed(d).padStart(9);
  console.log(`node ${process.version}, ${os.cpus().length} CPUs, medians of ${RUNS} runs`);
  console.log('                                  standalone     runtime');
  console.log(`cold start to first result (ms) ${fmt(standaloneCold)}   ${fmt(runtimeCold)}   (fresh process: import [+ compile] + 1 validation)`);
  console.log(`compile in a warm process (ms)  ${fmt(0)}   ${fmt(median(compileTimes))}`);
  console.log(`validate, valid config (µs)     ${fmt(perValidation(standalone, value), 3)}   ${fmt(perValidation(runtime, value), 3)}`);
  console.log(`validate, 8 errors (µs)         ${fmt(perValidation(standalone, bad), 3)}   ${fmt(perValidation(runtime, bad), 3)}`);
}

main().finally(() => fs.rmSync(tmp, { recursive: true, force: true }));
