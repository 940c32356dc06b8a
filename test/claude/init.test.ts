// `sandbox-guard init --from claude`: a staging-only .claude/settings.json that passes its own check.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { runCli, tempTree } from '../cli/helpers.js';

test('without a policy: the sandbox switches on, empty host lists, clean under check', () => {
  const dir = tempTree({ 'README.md': '# app\n' });
  const r = runCli(['init', '--from', 'claude'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^wrote \.claude\/settings\.json\. Add the staging hosts the agent needs/);
  const text = fs.readFileSync(path.join(dir, '.claude', 'settings.json'), 'utf8');
  assert.deepEqual(JSON.parse(text).sandbox, { enabled: true, allowUnsandboxedCommands: false, failIfUnavailable: true, network: { allowedDomains: [], deniedDomains: [] }, credentials: { envVars: [] } });
  const check = runCli(['check', '.claude/settings.json', '--format', 'json'], { cwd: dir });
  assert.equal(check.code, 0);
  assert.deepEqual(JSON.parse(check.stdout)[0].findings, []);
});

test('with a policy: its staging hosts allowed, its production hosts denied; still clean; never overwritten', () => {
  const dir = tempTree({ '.sandbox-guard.yaml': 'stagingHosts:\n  api.acme.com: api.staging.acme.com\nproductionHosts:\n  - "*.prod.acme.com"\n' });
  assert.equal(runCli(['init', '--from', 'claude'], { cwd: dir }).code, 0);
  const text = fs.readFileSync(path.join(dir, '.claude', 'settings.json'), 'utf8');
  const json = JSON.parse(text);
  assert.deepEqual(json.sandbox.network, { allowedDomains: ['api.staging.acme.com'], deniedDomains: ['*.prod.acme.com', 'api.acme.com'] });
  assert.deepEqual(json.permissions, { deny: ['WebFetch(domain:api.acme.com)'] });
  const check = runCli(['check', '--format', 'json'], { cwd: dir });
  assert.equal(check.code, 0, check.stdout);
  assert.deepEqual(JSON.parse(check.stdout).flatMap((f: { findings: unknown[] }) => f.findings), []);
  const again = runCli(['init', '--from', 'claude'], { cwd: dir });
  assert.equal(again.code, 2);
  assert.match(again.stderr, /\.claude\/settings\.json exists: not overwritten/);
  assert.equal(fs.readFileSync(path.join(dir, '.claude', 'settings.json'), 'utf8'), text);
});

test('usage errors: no --from, an unknown format, --from elsewhere', () => {
  assert.match(runCli(['init']).stderr, /init needs --from <claude\|codex>/);
  assert.match(runCli(['init', '--from', 'cursor']).stderr, /init needs --from <claude\|codex>/);
  assert.match(runCli(['check', '--from', 'claude']).stderr, /--from is an option of `init`/);
});
