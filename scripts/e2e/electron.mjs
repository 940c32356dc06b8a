// `npm run test:electron`: the same extension-host suites (test/e2e/suite) in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (this project's CI machines cannot: there the
// suites run inside code-server, see run.sh). Ends with "N passed, N failed" like run.sh.
// Env: VSCODE_VERSION (default "stable"), E2E_GREP.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const step = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
};
step(['scripts/build.mjs']);
step(['scripts/e2e/build-tests.mjs']);

const run = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-guard-electron-'));
const workspace = path.join(run, 'workspace');
fs.cpSync(path.join(root, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
const results = path.join(run, 'ext-results.json');

const { runTests } = await import('@vscode/test-electron');
let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/e2e/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(run, 'user-data')],
    extensionTestsEnv: { EXT_TEST_RESULTS: results, ...(process.env.E2E_GREP ? { E2E_GREP: process.env.E2E_GREP } : {}) },
  });
} catch (e) {
  console.error(`test:electron: ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
}
let passed = 0, failed = 1;
try {
  const r = JSON.parse(fs.readFileSync(results, 'utf8'));
  passed = r.passes.length;
  failed = r.failures.length;
} catch { console.error('test:electron: the extension host wrote no results (VS Code did not start or could not be downloaded)'); }
console.log(`electron: ${passed} passed, ${failed} failed`);
process.exit(code || failed ? 1 : 0);
