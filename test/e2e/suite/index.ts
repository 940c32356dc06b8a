// extensionTestsPath entry: runs the mocha suites inside VS Code's extension host (code-server's node host)
// and writes the results to $EXT_TEST_RESULTS so the harness reads them from disk.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function run(): Promise<void> {
  // mocha 12 is ESM with a CommonJS build next to it; the extension host loads this bundle as CommonJS
  const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  const resultsFile = process.env.EXT_TEST_RESULTS;
  const results = { passes: [] as string[], failures: [] as { title: string; err: string }[] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = { ...results, passed: results.passes.length, failed: failures };
      if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2));
      console.log(`extension-host tests: ${results.passes.length} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`)); else resolve();
    });
    runner.on('pass', (t) => results.passes.push(t.fullTitle()));
    runner.on('fail', (t, err) => results.failures.push({ title: t.fullTitle(), err: String(err?.stack ?? err) }));
  });
}
