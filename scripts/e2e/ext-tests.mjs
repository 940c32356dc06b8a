// Runs the mocha suites inside code-server's extension host: opens the workbench with a `payload` carrying
// extensionDevelopmentPath / extensionTestsPath (honoured because code-server runs with
// `--vscode-option enable-smoke-test-driver`) and waits for window.codeAutomationExit.
// usage: node ext-tests.mjs <baseUrl> <extensionDevelopmentPath> <extensionTestsPath.js> <folder> <resultsJson> [timeoutSec]
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launch } from './browser.mjs';

const [base, devPath, testsPath, folder, resultsFile, timeoutSec = '150'] = process.argv.slice(2);
const remote = (p) => `vscode-remote://remote${p}`; // code-server's remote authority is literally "remote"
const env = { EXT_TEST_RESULTS: resultsFile };
if (process.env.E2E_GREP) env.E2E_GREP = process.env.E2E_GREP;
const payload = [
  ['extensionDevelopmentPath', remote(devPath)],
  ['extensionTestsPath', remote(testsPath)],
  ['extensionEnvironment', JSON.stringify(env)],
];
const url = `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

fs.rmSync(resultsFile, { force: true });
const { page, close } = await launch(path.dirname(resultsFile));
let done;
const exited = new Promise((r) => { done = r; });
await page.exposeFunction('codeAutomationLog', (type, args) => {
  const line = Array.isArray(args) ? util.format(...args) : String(args);
  if (!/^%c/.test(line)) console.log(line);
});
await page.exposeFunction('codeAutomationExit', (code) => done(code));
await page.goto(url);
const timer = setTimeout(() => done('timeout'), Number(timeoutSec) * 1000);
const code = await exited;
clearTimeout(timer);
await close();
if (code === 'timeout') console.log(`ext-tests: no result within ${timeoutSec} s`);
if (!fs.existsSync(resultsFile)) {
  console.log('ext-tests: the extension host wrote no results (it did not start the tests)');
  process.exit(1);
}
process.exit(code === 0 ? 0 : 1);
