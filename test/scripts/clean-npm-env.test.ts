// Nested `npm install`s of the test harness and the packager must not inherit the outer npm's
// variables: under `npm test` on node 20, code-server's postinstall read node 20 from
// npm_config_user_agent and refused to install (issue 7), although that install runs on node 24.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('clean-npm-env.sh drops every npm_* variable, keeps the rest, and applies env assignments after cleaning', () => {
  const r = spawnSync('bash', ['scripts/clean-npm-env.sh', 'env', 'npm_config_nodedir=/opt/node24', 'env'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_user_agent: 'npm/11 node/v20.20.2 linux x64', npm_package_name: 'outer', npm_lifecycle_event: 'test', KEEP_ME: 'yes' },
  });
  assert.equal(r.status, 0, r.stderr);
  const vars = r.stdout.split('\n').filter(Boolean);
  assert.deepEqual(vars.filter((v) => v.startsWith('npm_')), ['npm_config_nodedir=/opt/node24']);
  assert.ok(vars.includes('KEEP_ME=yes'));
});

test('every nested npm install in scripts/ runs through clean-npm-env.sh', () => {
  const files = ['scripts/e2e/setup.sh', 'scripts/package.mjs'];
  for (const f of files) {
    const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
    // an install command is a line naming `npm install` or the 'npm', 'install' argv pair, outside comments
    const installs = text.split('\n').map((l, i) => [i, l] as const).filter(([, l]) => !/^\s*(#|\/\/)/.test(l) && /npm install|'npm', 'install'/.test(l));
    assert.ok(installs.length > 0, `${f} has no npm install any more: update this test`);
    for (const [i, line] of installs) {
      const context = text.split('\n').slice(Math.max(0, i - 1), i + 1).join('\n');
      assert.match(context, /clean-npm-env\.sh/, `${f}:${i + 1} runs npm install with the outer npm's environment`);
    }
  }
});
