// Cross-file findings follow unsaved edits: editing AGENTS.md re-publishes the task configs it governs
// (open or not), and editing a task config re-publishes its governing AGENTS.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { AGENTS_MD } from './fixtures.js';

let ws: string;
let client: TestClient;
const uriOf = (p: string) => pathToFileURL(p).href;
const CONFIG = 'network:\n  allowlist:\n    - api.staging.example.com\n    - api.paypal.com\n  methods: [GET]\n';
const codes = (ds: Diagnostic[] | undefined) => (ds ?? []).map((d) => String(d.code));

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({ 'AGENTS.md': AGENTS_MD, 'svc/open.sandbox.yaml': CONFIG, 'svc/disk.sandbox.yaml': CONFIG, 'other/AGENTS.md': AGENTS_MD, 'other/o.sandbox.yaml': CONFIG });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
});
after(() => client.shutdown());

test('editing AGENTS.md re-publishes the configs it governs; editing a config re-publishes its AGENTS.md', async () => {
  const agents = uriOf(path.join(ws, 'AGENTS.md'));
  const open = uriOf(path.join(ws, 'svc/open.sandbox.yaml'));
  const disk = uriOf(path.join(ws, 'svc/disk.sandbox.yaml'));
  const other = uriOf(path.join(ws, 'other/o.sandbox.yaml'));
  await client.waitFor(() => client.lastPublish(disk) && client.lastPublish(other), 10000, 'workspace check');
  client.open(path.join(ws, 'AGENTS.md'), AGENTS_MD, 'markdown');
  client.open(path.join(ws, 'svc/open.sandbox.yaml'), CONFIG);
  assert.ok(!codes(await client.diagnosticsFor(open)).includes('SG503'));
  await client.diagnosticsFor(agents);
  const otherPublishes = client.published.get(other)!.length;

  // AGENTS.md now forbids the host both configs allowlist (unsaved edit)
  client.change(agents, `${AGENTS_MD}\nNever call api.paypal.com from a task.\n`);
  assert.ok(codes(await client.diagnosticsFor(agents)).includes('SG503'));
  for (const uri of [open, disk]) {
    const d = await client.waitFor(() => client.lastPublish(uri)?.diagnostics.find((x) => x.code === 'SG503'), 10000, `SG503 on ${uri}`);
    assert.equal(d.relatedInformation?.[0].location.uri, agents, 'linked to AGENTS.md');
  }
  // a config governed by another AGENTS.md is left alone
  assert.equal(client.published.get(other)!.length, otherPublishes);

  // AGENTS.md loses its rules: the configs it governs say so (SG501)
  client.change(agents, '# Agents\n\nRun the tests.\n');
  await client.waitFor(() => codes(client.lastPublish(open)?.diagnostics).includes('SG501') && codes(client.lastPublish(disk)?.diagnostics).includes('SG501'), 10000, 'SG501 on both configs');

  // back to the rules plus the prohibition; then the open config drops the host: AGENTS.md keeps SG503 only for disk.sandbox.yaml
  client.change(agents, `${AGENTS_MD}\nNever call api.paypal.com from a task.\n`);
  await client.waitFor(() => codes(client.lastPublish(open)?.diagnostics).includes('SG503'), 10000, 'SG503 back');
  const before = (await client.diagnosticsFor(agents)).filter((d) => d.code === 'SG503').length;
  assert.equal(before, 2, 'one SG503 per config that allowlists the host');
  client.change(open, 'network:\n  allowlist:\n    - api.staging.example.com\n  methods: [GET]\n');
  await client.diagnosticsFor(open);
  await client.waitFor(() => client.lastPublish(agents)?.diagnostics.filter((d) => d.code === 'SG503').length === 1, 10000, 'AGENTS.md re-published with one SG503');
});

test('the "create AGENTS.md" fix as an editor applies it (empty file on disk, then its unsaved text opened): the config drops SG501', async () => {
  const dir = path.join(ws, 'fresh');
  const fs = await import('node:fs');
  fs.mkdirSync(dir);
  const cfg = path.join(dir, 'f.sandbox.yaml');
  fs.writeFileSync(cfg, 'network:\n  allowlist:\n    - api.staging.example.com\n  methods: [GET]\n');
  // a root AGENTS.md governs fresh/ too; shadow it with an empty nested one to get SG501 first
  const agents = path.join(dir, 'AGENTS.md');
  fs.writeFileSync(agents, '');
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(cfg), type: 1 }, { uri: uriOf(agents), type: 1 }] });
  await client.waitFor(() => codes(client.lastPublish(uriOf(cfg))?.diagnostics).includes('SG501'), 10000, 'SG501 with an empty AGENTS.md');
  // the editor opens the created file with the fix's text, not yet saved
  client.open(agents, AGENTS_MD, 'markdown');
  await client.waitFor(() => client.lastPublish(uriOf(cfg)) && !codes(client.lastPublish(uriOf(cfg))?.diagnostics).includes('SG501'), 10000, 'SG501 gone once AGENTS.md is open with its rules');
});
