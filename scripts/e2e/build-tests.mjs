// Bundles the extension-host mocha suites (test/e2e/suite/*.ts) to out/e2e/suite/*.js (CommonJS;
// `vscode` and `mocha` stay external: the extension host provides vscode, mocha resolves from node_modules).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const src = path.join(root, 'test/e2e/suite');
const out = path.join(root, 'out/e2e/suite');
fs.rmSync(out, { recursive: true, force: true });
const entries = fs.readdirSync(src).filter((f) => f.endsWith('.test.ts') || f === 'index.ts').map((f) => path.join(src, f));
await esbuild.build({
  entryPoints: entries, outdir: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning',
});
console.log(`e2e: built ${entries.length} extension-host test files into ${path.relative(root, out)}`);
