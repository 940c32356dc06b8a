// The bundled CLI (dist/cli.js, as `npx sandbox-guard` runs it) behaves exactly like the TS entry.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { onlyRules, ROOT, runBuilt, runCli } from './helpers.js';
import { VERSION } from '../../server/src/cli/main.js';

const STABLE = onlyRules(['SG000', 'SG001', 'SG900', 'SG901']);

before(() => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'cli.js')));
});

test('dist/cli.js: --version, and the same reports and exit codes as the TS entry in all formats', () => {
  assert.deepEqual(runBuilt(['--version']), { code: 0, stdout: `${VERSION}\n`, stderr: '' });
  for (const format of ['stylish', 'json', 'sarif']) {
    const args = ['check', 'test/cli/fixtures/golden', '--format', format, '--report-suppressions', ...STABLE];
    const built = runBuilt(args);
    const ts = runCli(args);
    assert.equal(built.code, 1, built.stderr);
    assert.equal(built.stdout, ts.stdout, format);
  }
});

test('dist/cli.js: the examples workspace with every rule (npm start), and usage errors exit 2', () => {
  const r = runBuilt(['check', 'examples', '--exit-zero']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ infos?\)/);
  assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colors when piped');
  assert.equal(r.stdout, runCli(['check', 'examples', '--exit-zero']).stdout);
  const bad = runBuilt(['check', '--format', 'xml']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /Unknown format "xml"/);
});
