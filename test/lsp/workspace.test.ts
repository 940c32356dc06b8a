// The workspace check over the protocol: unopened files, multi-root, close behaviour, custom requests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../../server/src/engine/check.js';
import { loadPolicyForFile } from '../../server/src/kinds/policy/load.js';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { AGENTS_MD, BAD_CONFIG, GOOD_CONFIG, spots } from './fixtures.js';

let a: string;
let b: string;
let client: TestClient;
const uriOf = (p: string) => pathToFileURL(p).href;

before(async () => {
  ensureBuilt();
  a = tempWorkspace({
    'AGENTS.md': AGENTS_MD,
    'tasks/pay.sandbox.yaml': BAD_CONFIG,
    'tasks/ok.sandbox.yaml': GOOD_CONFIG,
    'node_modules/dep/x.sandbox.yaml': BAD_CONFIG,
    'vendor/skip.sandbox.yaml': BAD_CONFIG,
    '.sandbox-guard.yaml': 'ignore:\n  - vendor/**\n',
  });
  // a second root with its own policy: api.acme.com is production there, with a staging swap
  b = tempWorkspace({
    '.sandbox-guard.yaml': 'stagingHosts:\n  api.acme.com: api.staging.acme.com\n',
    'AGENTS.md': AGENTS_MD,
    'acme.sandbox.yaml': 'network:\n  allowlist:\n    - api.acme.com\n',
  });
  client = new TestClient({ folders: [a, b] });
  await client.initialize();
});
after(() => client.shutdown());

test('on start, every task config in every folder is checked without being opened', async () => {
  const pay = await client.waitFor(() => client.lastPublish(uriOf(path.join(a, 'tasks/pay.sandbox.yaml'))));
  assert.equal(pay.version, undefined);
  assert.deepEqual(spots(pay.diagnostics).map((s) => s[0]), ['SG101', 'SG105']);
  const ok = await client.waitFor(() => client.lastPublish(uriOf(path.join(a, 'tasks/ok.sandbox.yaml'))));
  assert.ok(!ok.diagnostics.some((d) => d.severity === 1), 'no errors in the good config');
  const acme = await client.waitFor(() => client.lastPublish(uriOf(path.join(b, 'acme.sandbox.yaml'))));
  assert.ok(acme.diagnostics.some((d) => d.code === 'SG101' && /api\.staging\.acme\.com/.test(String(d.message))), 'folder b uses its own policy');
  assert.equal(client.published.get(uriOf(path.join(a, 'node_modules/dep/x.sandbox.yaml'))), undefined, 'node_modules skipped');
  assert.equal(client.published.get(uriOf(path.join(a, 'vendor/skip.sandbox.yaml'))), undefined, 'policy ignore honoured');
});

test('the editor reports what the CLI reports: same findings as checkText with the same policy', async () => {
  const p = path.join(b, 'acme.sandbox.yaml');
  const text = fs.readFileSync(p, 'utf8');
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined);
  const { policy } = loadPolicyForFile(p, read);
  const workspace = { readText: read, taskConfigPaths: () => [p], roots: () => [b] };
  const expected = checkText(text, { path: p, policy, workspace }).findings.map((f) => [f.ruleId, f.range, f.message]);
  const pub = await client.waitFor(() => client.lastPublish(uriOf(p)));
  assert.ok(expected.length > 0);
  assert.deepEqual(pub.diagnostics.map((d) => [d.code, d.range, d.message]), expected);
});

test('sandboxGuard/checkWorkspace returns the counts', async () => {
  const r = await client.request<{ files: number; findings: number }>('sandboxGuard/checkWorkspace', {});
  // pay, ok, acme task configs, the two policy files and the two AGENTS.md
  assert.equal(r.files, 7);
  assert.ok(r.findings >= 3);
  const viaCommand = await client.request<{ files: number }>('workspace/executeCommand', { command: 'sandboxGuard.server.checkWorkspace', arguments: [] });
  assert.equal(viaCommand.files, 7);
});

test('a new file announced by didChangeWatchedFiles is checked', async () => {
  const p = path.join(a, 'tasks/new.sandbox.yaml');
  fs.writeFileSync(p, BAD_CONFIG);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(p), type: 1 }] });
  const pub = await client.waitFor(() => client.lastPublish(uriOf(p)));
  assert.equal(pub.diagnostics.length >= 2, true);
  fs.rmSync(p);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(p), type: 3 }] });
  await client.waitFor(() => client.lastPublish(uriOf(p))!.diagnostics.length === 0);
});

test('closing a workspace file re-publishes its saved content; closing another file clears it', async () => {
  const p = path.join(a, 'tasks/pay.sandbox.yaml');
  const uri = client.open(p, GOOD_CONFIG);
  await client.diagnosticsFor(uri, 1);
  client.close(uri);
  const back = await client.waitFor(() => {
    const last = client.lastPublish(uri);
    return last && last.version === undefined && last.diagnostics.length >= 2 && last;
  });
  assert.deepEqual(spots(back.diagnostics).map((s) => s[0]), ['SG101', 'SG105']);

  const outside = tempWorkspace({});
  const other = client.open(path.join(outside, 'loose.sandbox.yaml'), BAD_CONFIG);
  assert.ok((await client.diagnosticsFor(other, 1)).length >= 2);
  client.close(other);
  await client.waitFor(() => client.lastPublish(other)!.diagnostics.length === 0);
});

test('editing the policy file re-checks with the new policy', async () => {
  const policy = path.join(b, '.sandbox-guard.yaml');
  const acme = path.join(b, 'acme.sandbox.yaml');
  const old = await client.waitFor(() => client.lastPublish(uriOf(acme)));
  assert.ok(old.diagnostics.some((d) => d.code === 'SG101'), 'SG101 under the old policy');
  fs.writeFileSync(policy, 'stagingHosts:\n  api.acme.com: api.staging.acme.com\nrules:\n  production-host: "off"\n');
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(policy), type: 2 }] });
  const pub = await client.waitFor(() => {
    const last = client.lastPublish(uriOf(acme));
    return last && !last.diagnostics.some((d) => d.code === 'SG101') && last;
  }, 10000, 'a re-check without SG101');
  // exactly what the CLI reports with the new policy: SG101 off, everything else still checked
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined);
  const loaded = loadPolicyForFile(acme, read).policy;
  assert.equal(loaded.rules.SG101, 'off');
  const expected = checkText(fs.readFileSync(acme, 'utf8'), { path: acme, policy: loaded, workspace: { readText: read, taskConfigPaths: () => [acme], roots: () => [b] } }).findings;
  assert.ok(expected.length > 0, 'the other rules still report');
  assert.deepEqual(pub.diagnostics.map((d) => [d.code, d.range, d.message]), expected.map((f) => [f.ruleId, f.range, f.message]));
});

test('sandboxGuard/checklist returns the Markdown checklist of a config', async () => {
  const p = path.join(a, 'tasks/cred.sandbox.yaml');
  fs.writeFileSync(p, 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n');
  const r = await client.request<{ markdown: string }>('sandboxGuard/checklist', { uri: uriOf(p) });
  assert.match(r.markdown, /^# Sandbox key checklist/);
  assert.match(r.markdown, /STAGING_API_KEY/);
  assert.match(r.markdown, /- \[ \] /);
});

test('sandboxGuard/addAgentsRules creates AGENTS.md or adds the missing rules', async () => {
  type Edit = { documentChanges: ({ kind: 'create'; uri: string } | { textDocument: { uri: string }; edits: { newText: string }[] })[] } | null;
  const fresh = tempWorkspace({});
  // requests serve only files inside a workspace folder: add it, as an editor does
  await client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(fresh), name: 'fresh' }], removed: [] } });
  const created = await client.request<Edit>('sandboxGuard/addAgentsRules', { uri: uriOf(path.join(fresh, 'AGENTS.md')) });
  assert.equal((created!.documentChanges[0] as { kind: string }).kind, 'create');
  const text = (created!.documentChanges[1] as { edits: { newText: string }[] }).edits[0].newText;
  assert.match(text, /## Rules/);
  assert.match(text, /NEVER call production API endpoints/);
  // a complete file needs nothing
  assert.equal(await client.request<Edit>('sandboxGuard/addAgentsRules', { uri: uriOf(path.join(a, 'AGENTS.md')) }), null);
  // a Rules section with one rule gets the other three
  fs.writeFileSync(path.join(fresh, 'AGENTS.md'), '# Agents\n\n## Rules\n- NEVER call production API endpoints from cloud tasks\n');
  const more = await client.request<Edit>('sandboxGuard/addAgentsRules', { uri: uriOf(path.join(fresh, 'AGENTS.md')) });
  assert.equal(more!.documentChanges.length, 1);
  assert.match((more!.documentChanges[0] as { edits: { newText: string }[] }).edits[0].newText, /Log all external API calls/);
});

test('a large workspace is checked in batches with a progress notification, and requests are served meanwhile', async () => {
  const files: Record<string, string> = { 'AGENTS.md': AGENTS_MD };
  for (let i = 0; i < 160; i++) files[`many/t${i}.sandbox.yaml`] = i % 2 ? BAD_CONFIG : GOOD_CONFIG;
  const big = tempWorkspace(files);
  const c = new TestClient({ folders: [big] });
  try {
    await c.initialize();
    const order: string[] = [];
    const ws = c.request<{ files: number; findings: number }>('sandboxGuard/checkWorkspace', {}).then((x) => (order.push('workspace'), x));
    // a hover sent while the (queued) workspace checks run is answered between batches
    const uri = c.open(path.join(big, 'open.sandbox.yaml'), BAD_CONFIG);
    const hover = c.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } }).then(() => order.push('hover'));
    const [r] = await Promise.all([ws, hover]);
    assert.deepEqual(order, ['hover', 'workspace']);
    assert.equal(r.files, 161);
    const progress = c.notifications.filter((n) => n.method === '$/progress').map((n) => (n.params as { value: { kind: string; message?: string } }).value);
    assert.equal(progress[0]?.kind, 'begin');
    assert.ok(progress.some((p) => p.kind === 'report' && /\d+ \/ 161 files/.test(p.message ?? '')));
    assert.equal(progress[progress.length - 1].kind, 'end');
    // every unopened config got its diagnostics
    for (let i = 0; i < 160; i += 37) assert.ok(c.lastPublish(uriOf(path.join(big, `many/t${i}.sandbox.yaml`))));
  } finally {
    await c.shutdown();
  }
});

test('the output channel gets a start-up line (version, server path, folders) and a line per workspace check naming the policy files', async () => {
  await client.request('sandboxGuard/checkWorkspace', {});
  const logs = () => client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
  const version = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')).version;
  const start = logs().find((m) => m.startsWith('Sandbox Guard language server'));
  assert.ok(start, `no start-up line in ${JSON.stringify(logs())}`);
  assert.match(start, new RegExp(`^Sandbox Guard language server ${version.replace(/\./g, '\\.')} \\(.*server\\.js, node v\\d+`));
  // both folders are named (test folders have letters-only names: see test/helpers/tempDir.ts)
  assert.ok(start.endsWith(`; workspace folders: ${a}, ${b}`), start);
  const check = await client.waitFor(() => logs().find((m) => m.startsWith('Workspace check:')));
  assert.match(check, /^Workspace check: \d+ files, \d+ findings in \d+ ms; policy files: /);
  assert.ok(check.includes(path.join(a, '.sandbox-guard.yaml')) && check.includes(path.join(b, '.sandbox-guard.yaml')), check);
});
