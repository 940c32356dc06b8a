// Bundles the CLI, the language server and the VS Code extension with esbuild (minified, no node_modules needed at run time).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// `module` first: jsonc-parser's `main` is a UMD build whose lazy `require('./impl/…')` a bundle cannot resolve
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', minify: true, sourcemap: false, legalComments: 'none', logLevel: 'warning', mainFields: ['module', 'main'] };
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node' },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];
await Promise.all(entries.filter((e) => fs.existsSync(path.join(root, e.in))).map((e) => esbuild.build({
  ...common,
  absWorkingDir: root,
  entryPoints: [e.in],
  outfile: e.out,
  external: e.external ?? [],
  banner: e.banner ? { js: e.banner } : undefined,
})));
for (const e of entries) if (e.banner && fs.existsSync(path.join(root, e.out))) fs.chmodSync(path.join(root, e.out), 0o755);
