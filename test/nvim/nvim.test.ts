// Neovim (headless, Debian's 0.7) drives the standalone stdio server: diagnostics, hover and code
// actions arrive, and the preferred quick fix changes the buffer. nvim comes from scripts/ensure-nvim.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ROOT, SERVER, tempWorkspace } from '../lsp/client.js';
import { AGENTS_MD } from '../lsp/fixtures.js';

const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
const inCi = process.env.CI === 'true';
const skip = !hasNvim && !inCi ? 'nvim is not installed: run `bash scripts/ensure-nvim.sh` (in CI this test fails instead)' : false;

/** Runs test/nvim/lsp-check.lua on `config` in a fresh workspace; extra env for optional phases. */
function runNvim(config: string, env: Record<string, string> = {}, rel = 'pay.sandbox.yaml') {
  assert.ok(hasNvim, 'nvim is required in CI: npm test installs it with scripts/ensure-nvim.sh');
  ensureBuilt();
  const ws = tempWorkspace({ 'AGENTS.md': AGENTS_MD, [rel]: config });
  const file = path.join(ws, rel);
  const r = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(ROOT, 'test/nvim/lsp-check.lua')}`], {
    encoding: 'utf8',
    timeout: 60000,
    env: { ...process.env, SG_SERVER: SERVER, SG_FILE: file, XDG_CACHE_HOME: path.join(ws, '.cache'), XDG_STATE_HOME: path.join(ws, '.state'), XDG_CONFIG_HOME: path.join(ws, '.config'), XDG_DATA_HOME: path.join(ws, '.data'), ...env },
  });
  return { r, out: r.stdout, file, ws };
}

test('Neovim gets diagnostics, hover and code actions from the standalone server', { skip }, () => {
  const { r, out, file } = runNvim('network:\n  allowlist:\n    - api-m.paypal.com\n  methods: [GET]\n');
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

test("docs/editors.md's fix-all-on-save snippet works in this Neovim (0.7): saving applies every safe fix", { skip }, () => {
  const docs = fs.readFileSync(path.join(ROOT, 'docs/editors.md'), 'utf8');
  const block = /<!-- nvim-fix-all:start -->\s*```lua\n([\s\S]*?)```\s*<!-- nvim-fix-all:end -->/.exec(docs);
  assert.ok(block, 'docs/editors.md has the fix-all block between its markers');
  const snippet = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-nvim-')), 'fix-all.lua');
  fs.writeFileSync(snippet, block[1]);
  try {
    const { r, out } = runNvim('network:\n  allowlist:\n    - api-m.paypal.com\n    - https://api.sandbox.paypal.com/v1\n  methods: [GET]\n', { SG_FIXALL: snippet });
    assert.equal(r.status, 0, `nvim failed (status ${r.status}):\n${out}\n${r.stderr}`);
    // line 3 was fixed by the quick fix before; the save fixed line 4 (the scheme and path) through the snippet
    assert.match(out, /^SAVED 3: {5}- api-m\.sandbox\.paypal\.com$/m);
    assert.match(out, /^SAVED 4: {5}- api\.sandbox\.paypal\.com$/m);
    assert.match(out, /^SAVED 5: {3}methods: \[GET\]$/m);
  } finally {
    fs.rmSync(path.dirname(snippet), { recursive: true, force: true });
  }
});

test('Neovim: a production host in .claude/settings.json gets a diagnostic and the staging quick fix', { skip }, () => {
  const settings = '{\n  "sandbox": {\n    "enabled": true,\n    "allowUnsandboxedCommands": false,\n    "failIfUnavailable": true,\n    "network": {\n      "allowedDomains": [\n        "api-m.paypal.com" // checkout\n      ]\n    }\n  }\n}\n';
  const { r, out, file } = runNvim(settings, {}, '.claude/settings.json');
  assert.equal(r.status, 0, `nvim failed (status ${r.status}):\n${out}\n${r.stderr}`);
  assert.match(out, /^DIAG: SG101 8:10 `api-m\.paypal\.com` in `sandbox\.network\.allowedDomains` is a production host/m);
  assert.match(out, /^ACTION: Replace with staging host api-m\.sandbox\.paypal\.com \(preferred\)$/m);
  assert.match(out, /^ACTION: Disable production-host for this line$/m);
  assert.match(out, /^FIXED LINE: {9}"api-m\.sandbox\.paypal\.com" \/\/ checkout$/m);
  assert.match(out, /^RESULT: 0 failed$/m);
  assert.match(fs.readFileSync(file, 'utf8'), /"api-m\.paypal\.com"/);
});
