// The server uses only policy files inside a workspace folder, says in its log which one applies, and
// always checks the policy file (a policy that ignores everything is an error on it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { BAD_CONFIG } from './fixtures.js';

const uriOf = (p: string) => pathToFileURL(p).href;
const logs = (c: TestClient) => c.notifications.filter((n) => n.method === 'window/logMessage').map((n) => String((n.params as { message: string }).message));

test('a policy above the workspace folder does not apply; one inside applies and is named in the log', async () => {
  ensureBuilt();
  const dir = tempWorkspace({
    '.sandbox-guard.yaml': 'rules:\n  production-host: "off"\n',
    'project/a.sandbox.yaml': BAD_CONFIG,
    'project/team/.sandbox-guard.yaml': 'rules:\n  non-bare-host: "off"\n',
    'project/team/t.sandbox.yaml': BAD_CONFIG,
  });
  const project = path.join(dir, 'project');
  const client = new TestClient({ folders: [project] });
  try {
    await client.initialize();
    const a = await client.waitFor(() => client.lastPublish(uriOf(path.join(project, 'a.sandbox.yaml'))));
    assert.ok(a.diagnostics.some((d) => d.code === 'SG101'), 'the policy outside the folder does not switch SG101 off');
    const t = await client.waitFor(() => client.lastPublish(uriOf(path.join(project, 'team/t.sandbox.yaml'))));
    assert.ok(t.diagnostics.some((d) => d.code === 'SG101'));
    assert.ok(!t.diagnostics.some((d) => d.code === 'SG105'), 'the team policy applies');
    await client.waitFor(() => logs(client).some((m) => m.includes(`Policy: ${path.join(project, 'team/.sandbox-guard.yaml')} applies`)), 5000, 'the policy in the log');
    assert.ok(logs(client).some((m) => /built-in defaults/.test(m)), logs(client).join('\n'));
    assert.ok(!logs(client).some((m) => /^Policy:/.test(m) && m.includes(path.join(dir, '.sandbox-guard.yaml'))), 'the outside policy is not used');
    // an open document outside every folder gets the defaults, not the policy beside it
    const outsideDoc = client.open(path.join(dir, 'o.sandbox.yaml'), BAD_CONFIG);
    const diags = await client.diagnosticsFor(outsideDoc, 1);
    assert.ok(diags.some((d) => d.code === 'SG101'));
  } finally {
    await client.shutdown();
  }
});

test('a policy that ignores everything: the configs are skipped, and the policy file shows an SG954 error', async () => {
  ensureBuilt();
  const ws = tempWorkspace({ '.sandbox-guard.yaml': 'ignore:\n  - "**"\n', 'a.sandbox.yaml': BAD_CONFIG });
  const client = new TestClient({ folders: [ws] });
  try {
    await client.initialize();
    const pub = await client.waitFor(() => client.lastPublish(uriOf(path.join(ws, '.sandbox-guard.yaml'))), 10000, 'the policy file checked');
    const d = pub.diagnostics.find((x) => x.code === 'SG954');
    assert.ok(d, JSON.stringify(pub.diagnostics));
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 8 } });
    // and when it is opened in the editor
    const uri = client.open(path.join(ws, '.sandbox-guard.yaml'), 'ignore:\n  - "*"\n');
    const open = await client.diagnosticsFor(uri, 1);
    assert.ok(open.some((x) => x.code === 'SG954'));
  } finally {
    await client.shutdown();
  }
});
