// After bytes the server cannot frame (bad Content-Length, junk between messages, a body that is not
// JSON), the stream is out of step for good: the server exits non-zero so the client restarts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { BAD_CONFIG } from './fixtures.js';

const ping = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///nowhere.sandbox.yaml' }, position: { line: 0, character: 0 } } });
const frame = (body: string, length = Buffer.byteLength(body)) => `Content-Length: ${length}\r\n\r\n${body}`;

/** Broken byte sequences a client (or a proxy) can send; each is followed by a valid request. */
const BROKEN: Record<string, string> = {
  'non-numeric Content-Length': 'Content-Length: abc\r\n\r\n{}',
  'missing Content-Length': 'Content-Type: application/json\r\n\r\n{}',
  'junk line before a header': 'garbage bytes\r\n' + frame(ping(90)),
  'junk without a line break': 'xx' + frame(ping(91)),
  'Content-Length too small': frame(ping(92), 10),
  // the next request completes the claimed body: not JSON
  'Content-Length too large': frame(ping(93), Buffer.byteLength(ping(93)) + 30),
  'body is not JSON': frame('{"jsonrpc": "2.0", "id": 94, "method": '),
};

for (const [name, bytes] of Object.entries(BROKEN)) {
  test(`${name}: the server exits with an error instead of going silent`, async () => {
    ensureBuilt();
    const ws = tempWorkspace({ 'a.sandbox.yaml': BAD_CONFIG });
    const client = new TestClient({ folders: [ws] });
    try {
      await client.initialize();
      const uri = client.open(path.join(ws, 'a.sandbox.yaml'), BAD_CONFIG);
      await client.diagnosticsFor(uri, 1);
      const exited = new Promise<number | null>((resolve) => client.proc.on('exit', (code) => resolve(code)));
      client.proc.stdin!.write(bytes);
      client.proc.stdin!.write(frame(ping(95)));
      const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running'), 5000))]);
      assert.notEqual(code, 'still running', 'the server must not stay alive unable to answer');
      assert.notEqual(code, 0);
      assert.match(client.stderr, /cannot read the client's message/);
    } finally {
      await client.shutdown();
    }
  });
}

test('a message that stops half-way (Content-Length larger than what came, then silence): exit after the partial-message timeout', async () => {
  ensureBuilt();
  const client = new TestClient({ folders: [tempWorkspace({})] });
  try {
    await client.initialize();
    const exited = new Promise<number | null>((resolve) => client.proc.on('exit', (code) => resolve(code)));
    client.proc.stdin!.write(frame(ping(96), 4000));
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running'), 15000))]);
    assert.notEqual(code, 'still running');
    assert.notEqual(code, 0);
    assert.match(client.stderr, /stopped in the middle of a message/);
  } finally {
    await client.shutdown();
  }
});

test('a client that closes stdin after shutdown ends the server with 0; without shutdown with 1', async () => {
  ensureBuilt();
  for (const [shutdown, expected] of [[true, 0], [false, 1]] as const) {
    const client = new TestClient({ folders: [tempWorkspace({})] });
    await client.initialize();
    const exited = new Promise<number | null>((resolve) => client.proc.on('exit', (code) => resolve(code)));
    if (shutdown) await client.request('shutdown', null);
    client.proc.stdin!.end();
    assert.equal(await exited, expected);
    client.conn.dispose();
  }
});
