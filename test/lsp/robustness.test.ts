// The server survives hostile documents and keeps answering.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { AGENTS_MD, BAD_CONFIG } from './fixtures.js';

let ws: string;
let client: TestClient;

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({ 'AGENTS.md': AGENTS_MD });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
});
after(() => client.shutdown());

async function stillAnswers(): Promise<void> {
  const uri = client.open(path.join(ws, `probe-${Date.now()}-${Math.random()}.sandbox.yaml`), BAD_CONFIG);
  await client.diagnosticsFor(uri, 1);
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } });
  assert.match(JSON.stringify(h), /production-host/);
}

// SG000 as in the CLI (the one strict reader's size limit), no longer the parser's SG001
test('a 10 MB document gets a diagnostic and the server keeps answering', async () => {
  const line = '    - api.staging.example.com # padding padding padding padding padding\n';
  const big = 'network:\n  allowlist:\n' + line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
  const uri = client.open(path.join(ws, 'big.sandbox.yaml'), big);
  const diags = await client.diagnosticsFor(uri, 1, 60000);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].code, 'SG000');
  assert.match(String(diags[0].message), /too large/);
  // completion and hover inside the huge document still answer
  const c = await client.request<{ items: unknown[] }>('textDocument/completion', { textDocument: { uri }, position: { line: 5000, character: 6 } });
  assert.ok(c.items.length > 0);
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5000, character: 10 } });
  await stillAnswers();
});

test('an alias bomb gets a diagnostic and the server keeps answering', async () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  const uri = client.open(path.join(ws, 'bomb.sandbox.yaml'), bomb.join('\n') + '\n');
  const diags = await client.diagnosticsFor(uri, 1, 30000);
  assert.ok(diags.some((d) => d.code === 'SG001' && /alias/i.test(String(d.message))), JSON.stringify(diags.map((d) => d.message)));
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 1 } });
  await stillAnswers();
});

test('pathological lines (a million spaces, a 2 MB token) answer completion and hover at once', async () => {
  const text = `network:\n  allowlist:\n    - a${' '.repeat(1_000_000)}b\n    - ${'x.'.repeat(1_000_000)}com\nenv:\n  K: https://${'a'.repeat(500_000)}\n`;
  const uri = client.open(path.join(ws, 'lines.sandbox.yaml'), text);
  await client.diagnosticsFor(uri, 1, 60000);
  for (const position of [{ line: 2, character: 500_000 }, { line: 2, character: 1_000_006 }, { line: 3, character: 1_000_000 }, { line: 5, character: 200_000 }]) {
    await client.request('textDocument/completion', { textDocument: { uri }, position });
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
  }
  await stillAnswers();
});

test('fuzzed documents never stop the server', async () => {
  // deterministic pseudo-random YAML-ish noise
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const alphabet = ['-', ' ', ':', '\n', '  ', '[', ']', '{', '}', '&a', '*a', '!!', '#', '"', "'", '|', '>', 'key', 'api.paypal.com', '\t', '\u0000', '\uD800', '%YAML', '---', '? ', 'network', 'allowlist', 'credentials', '\r'];
  const uri = client.open(path.join(ws, 'fuzz.sandbox.yaml'), '');
  for (let i = 0; i < 40; i++) {
    let text = '';
    const n = 20 + Math.floor(rnd() * 400);
    for (let j = 0; j < n; j++) text += alphabet[Math.floor(rnd() * alphabet.length)];
    const v = client.change(uri, text);
    await client.diagnosticsFor(uri, v, 20000);
    const lines = text.split('\n');
    const line = Math.floor(rnd() * lines.length);
    const pos = { line, character: Math.floor(rnd() * (lines[line].length + 1)) };
    await client.request('textDocument/completion', { textDocument: { uri }, position: pos });
    await client.request('textDocument/hover', { textDocument: { uri }, position: pos });
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [], only: ['source.fixAll.sandboxGuard'] } });
  }
  await stillAnswers();
  // handler errors would be logged (once each) as window/logMessage errors
  const errors = client.notifications.filter((n) => n.method === 'window/logMessage' && (n.params as { type: number }).type === 1);
  assert.deepEqual(errors.map((e) => (e.params as { message: string }).message), []);
});

test('the server starts with --node-ipc too and refuses to start without a transport', async () => {
  const { spawnSync, fork } = await import('node:child_process');
  const { SERVER } = await import('./client.js');
  const r = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--stdio/);
  const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const reply = await new Promise<{ id: number; result?: { serverInfo?: { name: string } } }>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('no initialize reply over IPC')), 10000);
    child.on('message', (m: { id?: number }) => {
      if (m.id === 1) {
        clearTimeout(t);
        resolve(m as never);
      }
    });
    child.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  });
  assert.equal(reply.result?.serverInfo?.name, 'sandbox-guard-language-server');
  child.kill();
});
