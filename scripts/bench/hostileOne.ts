// One hostile-shape measurement, run in its own process so that a hang is cut off by a timeout and
// memory does not carry over: `node --import tsx hostileOne.ts <shape index> <scale> check|parse <runs>`.
// SG_ENGINE_ROOT points at another checkout (to measure the engine before a change with the same shapes).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOSTILE_SHAPES } from './hostileShapes.js';
import { median } from './timing.js';

async function main(): Promise<void> {
  const [index, scale, what, runs] = process.argv.slice(2);
  const shape = HOSTILE_SHAPES[Number(index)];
  const text = shape.text(Number(scale));
  const root = process.env.SG_ENGINE_ROOT ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  let fn: () => unknown;
  let findings = 0;
  if (what === 'check') {
    const { checkText } = await import(pathToFileURL(path.join(root, 'server/src/engine/check.ts')).href);
    fn = () => (findings = checkText(text, { path: shape.path, kind: shape.kind }).findings.length);
  } else if (shape.baseline === 'markdown') {
    const { fromMarkdown } = await import('mdast-util-from-markdown');
    fn = () => fromMarkdown(text);
  } else {
    const { parseAllDocuments } = await import('yaml');
    fn = () => parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  }
  fn(); // warm-up (and the findings count)
  const xs: number[] = [];
  for (let i = 0; i < Number(runs); i++) {
    const t = process.hrtime.bigint();
    fn();
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  console.log(JSON.stringify({ ms: median(xs), bytes: text.length, findings, rssMB: Math.round(process.memoryUsage().rss / 1048576) }));
}

void main();
