// The "hostile" section of `npm run bench` (issue 8 §3): each small hostile shape at 1×, 10× and 100×,
// check time next to the bare library parse of the same text, with the measured growth next to the
// ideal (10×, 100×). Each measurement runs in a child process with a timeout (HOSTILE_TIMEOUT_S).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { HOSTILE_SHAPES } from './hostileShapes.js';
import { fmt } from './timing.js';

interface Measured { ms: number; bytes: number; findings: number; rssMB: number }
const SCALES = [1, 10, 100];
const here = path.dirname(new URL(import.meta.url).pathname);

function measure(i: number, scale: number, what: 'check' | 'parse', timeoutS: number): Measured | undefined {
  const runs = scale === 1 ? 21 : scale === 10 ? 5 : 1; // small sizes are noise-prone: more runs
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'hostileOne.ts'), String(i), String(scale), what, String(runs)], {
    encoding: 'utf8', timeout: timeoutS * 1000, env: process.env, maxBuffer: 1 << 20,
  });
  const line = r.stdout?.trim().split('\n').pop();
  if (r.status !== 0 || !line?.startsWith('{')) return undefined;
  return JSON.parse(line) as Measured;
}

const cell = (m: Measured | undefined, timeoutS: number) => (m ? fmt(m.ms) : `> ${timeoutS} s`);
const growth = (a: Measured | undefined, b: Measured | undefined) => (a && b ? `${(b.ms / a.ms).toFixed(1)}×` : '—');

/** Markdown table rows; `withParse` adds the bare-parse baseline columns. */
export function hostileRows(opts: { timeoutS?: number; withParse?: boolean } = {}): string[] {
  const timeoutS = opts.timeoutS ?? Number(process.env.HOSTILE_TIMEOUT_S ?? 120);
  const withParse = opts.withParse ?? !process.env.HOSTILE_NO_PARSE;
  const rows = [
    `| hostile shape | size at 1× / 100× | check 1× (ms) | 10× | 100× | growth 10× (ideal 10×) | growth 100× (ideal 100×) | findings at 100× | peak RSS at 100× |${withParse ? ' bare parse 1× / 10× / 100× (ms) | parse growth 100× |' : ''}`,
    `|---|---|---:|---:|---:|---:|---:|---:|---:|${withParse ? '---|---:|' : ''}`,
  ];
  HOSTILE_SHAPES.forEach((s, i) => {
    const c = SCALES.map((k) => measure(i, k, 'check', timeoutS));
    const size = (k: number) => { const b = s.text(k).length; return b >= 1e6 ? `${(b / 1048576).toFixed(1)} MB` : b >= 1e3 ? `${(b / 1024).toFixed(0)} KB` : `${b} B`; };
    let row = `| ${s.name} (${s.kind === 'agents' ? 'AGENTS.md' : 'task config'}) | ${size(1)} / ${size(100)} | ${cell(c[0], timeoutS)} | ${cell(c[1], timeoutS)} | ${cell(c[2], timeoutS)} | ${growth(c[0], c[1])} | ${growth(c[0], c[2])} | ${c[2]?.findings ?? '—'} | ${c[2] ? `${c[2].rssMB} MiB` : '—'} |`;
    if (withParse && s.baseline) {
      const p = SCALES.map((k) => measure(i, k, 'parse', Math.min(timeoutS, 60)));
      row += ` ${p.map((m) => cell(m, Math.min(timeoutS, 60))).join(' / ')} | ${growth(p[0], p[2])} |`;
    }
    rows.push(row);
    console.error(row); // progress: the section takes minutes
  });
  return rows;
}
