// Clients that announce less than VS Code: rootUri (or rootPath) without the workspaceFolders capability.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { BAD_CONFIG } from './fixtures.js';

for (const how of ['rootUri', 'rootPath'] as const) {
  test(`a client with only ${how} and no workspaceFolders capability gets the workspace check, without a failed handler`, async () => {
    ensureBuilt();
    const ws = tempWorkspace({ 'pay.sandbox.yaml': BAD_CONFIG });
    const client = new TestClient({ folders: [] });
    try {
      // a minimal client (e.g. an older editor plugin): no workspace.workspaceFolders, no configuration
      await client.conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: how === 'rootUri' ? pathToFileURL(ws).href : null,
        rootPath: how === 'rootPath' ? ws : undefined,
        capabilities: { textDocument: { publishDiagnostics: {} } },
      });
      await client.conn.sendNotification('initialized', {});
      const uri = pathToFileURL(path.join(ws, 'pay.sandbox.yaml')).href;
      const pub = await client.waitFor(() => client.lastPublish(uri), 10000, 'the workspace check of pay.sandbox.yaml');
      assert.ok(pub.diagnostics.some((d) => d.code === 'SG101'));
      const failed = client.notifications.filter((n) => /failed/i.test(JSON.stringify(n.params)));
      assert.deepEqual(failed, [], 'no "Notification handler … failed" message');
    } finally {
      await client.shutdown();
    }
  });
}
