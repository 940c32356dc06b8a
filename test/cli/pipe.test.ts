// `sandbox-guard check … | head`: a reader that closes the pipe early ends the CLI quietly with its
// normal exit code, never with an unhandled EPIPE stack trace.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './helpers.js';

before(() => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, r.stderr);
});

/** Runs dist/cli.js with stdout piped to a reader that closes at once (`| true`) or after its first chunk (`| head -c 100`). */
function runIntoClosingReader(args: string[], atOnce: boolean): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    if (atOnce) child.stdout.destroy();
    else child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('a closed stdout ends the CLI quietly with the normal exit code (every format, repeated: the race is timing-dependent)', async () => {
  for (const format of ['sarif', 'json', 'stylish']) {
    for (let i = 0; i < 4; i++) {
      const r = await runIntoClosingReader(['check', 'examples', '--format', format], i % 2 === 0);
      assert.doesNotMatch(r.stderr, /EPIPE|Unhandled|at .*\(node:/, `${format} run ${i}: ${r.stderr}`);
      assert.equal(r.stderr, '', `${format} run ${i}`);
      assert.equal(r.code, 1, `${format} run ${i}: the examples have errors, so the normal code is 1`);
    }
  }
});
