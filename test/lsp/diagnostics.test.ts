// Diagnostics over the protocol: exact ranges, codes, docs links, versions, settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { AGENTS_MD, BAD_CONFIG, GOOD_CONFIG, spots } from './fixtures.js';

let ws: string;
let client: TestClient;

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({ 'AGENTS.md': AGENTS_MD });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
});
after(() => client.shutdown());

test('a bad config gets diagnostics with exact ranges, rule codes, docs links and fix data', async () => {
  const uri = client.open(path.join(ws, 'pay.sandbox.yaml'), BAD_CONFIG);
  const diags = await client.diagnosticsFor(uri, 1);
  assert.deepEqual(spots(diags), [
    ['SG101', 3, 7, 3, 23],
    ['SG105', 4, 7, 4, 40],
  ]);
  const prod = diags[0];
  assert.equal(prod.source, 'sandbox-guard');
  assert.equal(prod.severity, 1);
  assert.match(String(prod.message), /`api-m\.paypal\.com` in `allowlist` is a production host of PayPal/);
  assert.equal(prod.codeDescription?.href, 'https://github.com/sandbox-guard/sandbox-guard/blob/main/docs/rules/production-host.md');
  const data = prod.data as { ruleId: string; ruleName: string; index: number; version: number; fixes: { title: string; preferred: boolean }[] };
  assert.equal(data.ruleId, 'SG101');
  assert.equal(data.ruleName, 'production-host');
  assert.equal(data.version, 1);
  assert.deepEqual(data.fixes.map((f) => [f.title, f.preferred]), [['Replace with staging host api-m.sandbox.paypal.com', true]]);
});

test('a status notification reports the check time and finding count', async () => {
  const uri = client.open(path.join(ws, 'status.sandbox.yaml'), BAD_CONFIG);
  const n = await client.waitFor(() => client.notifications.find((x) => x.method === 'sandboxGuard/status' && (x.params as { uri: string }).uri === uri));
  const p = n.params as { ms: number; findings: number };
  assert.equal(p.findings, 2);
  assert.equal(typeof p.ms, 'number');
});

test('edits are re-validated; published versions only move forward and the last one matches the last text', async () => {
  const uri = client.open(path.join(ws, 'typing.sandbox.yaml'), GOOD_CONFIG);
  assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
  // a burst of edits, as fast typing sends them
  client.change(uri, BAD_CONFIG);
  client.change(uri, GOOD_CONFIG);
  const last = client.change(uri, BAD_CONFIG.replace('api-m.paypal.com', 'api.paypal.com'));
  const diags = await client.diagnosticsFor(uri, last);
  assert.deepEqual(spots(diags), [['SG101', 3, 7, 3, 21], ['SG105', 4, 7, 4, 40]]);
  const versions = client.published.get(uri)!.map((p) => p.version!);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions went backwards: ${versions}`);
  assert.ok(versions.every((v) => v >= 1 && v <= last));
});

test('files that are not task configs, AGENTS.md or the policy get no diagnostics', async () => {
  const uri = client.open(path.join(ws, 'docker-compose.yaml'), BAD_CONFIG);
  const yes = client.open(path.join(ws, 'other.sandbox.yaml'), BAD_CONFIG);
  await client.diagnosticsFor(yes, 1);
  assert.equal(client.published.get(uri), undefined);
});

test('the sandbox-yaml language id marks any file as a task config', async () => {
  const uri = client.open(path.join(ws, 'custom-name.yaml'), BAD_CONFIG, 'sandbox-yaml');
  assert.equal((await client.diagnosticsFor(uri, 1)).length, 2);
});

test('a rules override from the settings takes effect after didChangeConfiguration', async () => {
  const uri = client.open(path.join(ws, 'settings.sandbox.yaml'), BAD_CONFIG);
  assert.equal((await client.diagnosticsFor(uri, 1)).length, 2);
  const n = client.published.get(uri)!.length;
  client.settings = { rules: { 'production-host': 'off', SG105: 'info' } };
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const diags = await client.waitFor(() => client.published.get(uri)!.length > n && client.lastPublish(uri)!.diagnostics);
  assert.deepEqual(spots(diags), [['SG105', 4, 7, 4, 40]]);
  assert.equal(diags[0].severity, 3, 'info -> Information');
  client.settings = { enable: false };
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await client.waitFor(() => client.lastPublish(uri)!.diagnostics.length === 0 && true);
  client.settings = {};
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await client.waitFor(() => client.lastPublish(uri)!.diagnostics.length === 2 && true);
});

test('run: onSave validates on save, not while typing', async () => {
  const uri = client.open(path.join(ws, 'onsave.sandbox.yaml'), GOOD_CONFIG);
  await client.diagnosticsFor(uri, 1);
  client.settings = { run: 'onSave' };
  const n = client.published.get(uri)!.length;
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await client.waitFor(() => client.published.get(uri)!.length > n);
  const v = client.change(uri, BAD_CONFIG);
  // a hover round trip: the server has handled the change by the time it answers
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
  assert.equal(client.published.get(uri)!.some((p) => p.version === v), false);
  await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  assert.equal((await client.diagnosticsFor(uri, v)).length, 2);
  client.settings = {};
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
});
