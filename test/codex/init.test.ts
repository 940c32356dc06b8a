// `sandbox-guard init --from codex`: a staging-only .codex/config.toml from the team policy that passes its own check.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { runCli, tempTree } from '../cli/helpers.js';
import { buildCodexModel } from '../../server/src/models/codex/model.js';

test('without a policy: the sandbox, the proxy and limited mode on, no hosts yet; clean under check', () => {
  const dir = tempTree({ 'README.md': '# app\n' });
  const r = runCli(['init', '--from', 'codex'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^wrote \.codex\/config\.toml\. Add the staging hosts the agent needs to \[features\.network_proxy\.domains\]/);
  const text = fs.readFileSync(path.join(dir, '.codex', 'config.toml'), 'utf8');
  const m = buildCodexModel(text, '.codex/config.toml');
  assert.deepEqual(m.problems, []);
  assert.equal(m.get(['sandbox_mode'])?.value, 'workspace-write');
  assert.equal(m.get(['features', 'network_proxy', 'enabled'])?.value, true);
  assert.equal(m.get(['features', 'network_proxy', 'mode'])?.value, 'limited');
  assert.equal(m.get(['shell_environment_policy', 'ignore_default_excludes'])?.value, false);
  assert.deepEqual(m.hosts, []);
  const check = runCli(['check', '.codex/config.toml', '--format', 'json'], { cwd: dir });
  assert.equal(check.code, 0, check.stdout);
  assert.deepEqual(JSON.parse(check.stdout)[0].findings, []);
});

test('with a policy: staging hosts allowed, production hosts and patterns denied (quoted keys); clean; never overwritten', () => {
  const dir = tempTree({ '.sandbox-guard.yaml': 'stagingHosts:\n  api.acme.com: api.staging.acme.com\nproductionHosts:\n  - "*.prod.acme.com"\n' });
  assert.equal(runCli(['init', '--from', 'codex'], { cwd: dir }).code, 0);
  const text = fs.readFileSync(path.join(dir, '.codex', 'config.toml'), 'utf8');
  assert.ok(text.includes('[features.network_proxy.domains]\n"api.staging.acme.com" = "allow"\n"*.prod.acme.com" = "deny"\n"api.acme.com" = "deny"\n'), text);
  const check = runCli(['check', '--format', 'json'], { cwd: dir });
  assert.equal(check.code, 0, check.stdout);
  assert.deepEqual(JSON.parse(check.stdout).flatMap((f: { findings: unknown[] }) => f.findings), []);
  const again = runCli(['init', '--from', 'codex'], { cwd: dir });
  assert.equal(again.code, 2);
  assert.match(again.stderr, /\.codex\/config\.toml exists: not overwritten/);
  assert.equal(fs.readFileSync(path.join(dir, '.codex', 'config.toml'), 'utf8'), text);
});
