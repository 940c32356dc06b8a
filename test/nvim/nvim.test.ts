// Neovim (headless, Debian's 0.7) drives the standalone stdio server: diagnostics, hover and code
// actions arrive, and the preferred quick fix changes the buffer. nvim comes from scripts/ensure-nvim.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ROOT, SERVER, tempWorkspace } from '../lsp/client.js';
import { AGENTS_MD } from '../lsp/fixtures.js';

const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const inCi = process.env.CI === 'true';
const skip = !hasNvim && !inCi ? 'nvim is not installed: run `bash scripts/ensure-nvim.sh` (in CI this test fails instead)' : false;

test('Neovim gets diagnostics, hover and code actions from the standalone server', { skip }, () => {
  assert.ok(hasNvim, 'nvim is required in CI: .ci/run installs it with scripts/ensure-nvim.sh');
  ensureBuilt();
  const ws = tempWorkspace({ 'AGENTS.md': AGENTS_MD, 'pay.sandbox.yaml': 'network:\n  allowlist:\n    - api-m.paypal.com\n  methods: [GET]\n' });
  const file = path.join(ws, 'pay.sandbox.yaml');
  const r = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(ROOT, 'test/nvim/lsp-check.lua')}`], {
    encoding: 'utf8',
    timeout: 60000,
    env: { ...process.env, SG_SERVER: SERVER, SG_FILE: file, XDG_CACHE_HOME: path.join(ws, '.cache'), XDG_STATE_HOME: path.join(ws, '.state'), XDG_CONFIG_HOME: path.join(ws, '.config'), XDG_DATA_HOME: path.join(ws, '.data') },
  });
  const out = r.stdout;
  assert.equal(r.status, 0, `nvim failed (status ${r.status}):\n${out}\n${r.stderr}`);
  assert.match(out, /^DIAG: SG101 3:7 `api-m\.paypal\.com` in `allowlist` is a production host/m);
  assert.match(out, /^HOVER: \*\*SG101 production-host\*\*.*\[Documentation for production-host\]/m);
  assert.match(out, /^ACTION: Replace with staging host api-m\.sandbox\.paypal\.com \(preferred\)$/m);
  assert.match(out, /^ACTION: Disable production-host for this line$/m);
  assert.match(out, /^FIXED LINE: {5}- api-m\.sandbox\.paypal\.com$/m);
  assert.match(out, /^RESULT: 0 failed$/m);
  // the buffer was edited, not the file
  assert.match(fs.readFileSync(file, 'utf8'), /- api-m\.paypal\.com/);
});
