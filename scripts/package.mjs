// `npm run package`: builds the bundles and packs the VS Code extension (.vsix) with @vscode/vsce.
// vsce is not a project dependency (it is large): a pinned version that runs on node 20 is installed into
// .cache/vsce on first use. The .vsix holds only bundled files (.vscodeignore is a whitelist, --no-dependencies).
// Usage: node scripts/package.mjs [--no-build] [--out FILE]   (prints the .vsix path and size)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const VSCE_VERSION = '3.9.2'; // vsce >= 3.9 runs on node >= 20; 4.x needs node >= 22
const MAX_BYTES = 1.5 * 1024 * 1024;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const outIdx = args.indexOf('--out');
const out = path.resolve(root, outIdx >= 0 ? args[outIdx + 1] : `dist/${pkg.name}-${pkg.version}.vsix`);

const run = (cmd, argv, opts = {}) => {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) { console.error(`package: ${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal})`); process.exit(1); }
};

if (!args.includes('--no-build')) run(process.execPath, ['scripts/build.mjs']);
for (const f of ['dist/extension.js', 'dist/server.js']) {
  if (!fs.existsSync(path.join(root, f))) { console.error(`package: ${f} is missing; the build did not produce it`); process.exit(1); }
}

const vsceDir = path.join(root, '.cache/vsce');
const vsceBin = path.join(vsceDir, 'node_modules/@vscode/vsce/vsce');
const installed = () => {
  try { return JSON.parse(fs.readFileSync(path.join(vsceDir, 'node_modules/@vscode/vsce/package.json'), 'utf8')).version === VSCE_VERSION; } catch { return false; }
};
if (!installed()) {
  fs.mkdirSync(vsceDir, { recursive: true });
  if (!fs.existsSync(path.join(vsceDir, 'package.json'))) fs.writeFileSync(path.join(vsceDir, 'package.json'), '{"private":true}\n');
  console.log(`package: installing @vscode/vsce@${VSCE_VERSION} into .cache/vsce (once)`);
  // flock: other jobs on this machine may install at the same time
  run('bash', [path.join(root, 'scripts/clean-npm-env.sh'), 'flock', path.join(vsceDir, '.lock'), 'npm', 'install', '--no-audit', '--no-fund', '--loglevel=error', `@vscode/vsce@${VSCE_VERSION}`], { cwd: vsceDir });
}

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.rmSync(out, { force: true });
run(process.execPath, [vsceBin, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out]);

// check what went in: no node_modules, only whitelisted files, small
const listing = zipEntries(fs.readFileSync(out));
const bad = listing.filter((f) => f.includes('node_modules/') || /\.(ts|map)$/.test(f));
if (bad.length) { console.error(`package: unexpected files in the .vsix:\n  ${bad.join('\n  ')}`); process.exit(1); }
const size = fs.statSync(out).size;
console.log(`package: ${path.relative(root, out)} ${(size / 1024).toFixed(1)} KiB, ${listing.length} entries`);
if (size > MAX_BYTES) { console.error(`package: the .vsix is larger than ${MAX_BYTES / 1024 / 1024} MB`); process.exit(1); }

/** Names in a zip's central directory (no unzip binary needed). */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}
