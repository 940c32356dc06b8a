// Hostile documents in the editor (issue 8 §3): one extra line must never empty the Problems list, and
// a marker-flooded AGENTS.md does not keep the server from answering a hover in another file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { serverForSuite, type TestClient } from './client.js';

let ws: string;
let client: TestClient;

serverForSuite({}, (w, c) => { ws = w; client = c; });

const AGENTS = '# Rules\n\n- NEVER call production API endpoints from cloud tasks\n\nCall https://api.paypal.com/v1 from tasks.\n\n';

test('an AGENTS.md with a 5,000-deep blockquote still shows its findings, plus an SG410 note', async () => {
  const uri = client.open(path.join(ws, 'AGENTS.md'), AGENTS + '>'.repeat(5000) + ' quoted\n');
  const codes = (await client.diagnosticsFor(uri, 1, 60000)).map((d) => String(d.code));
  assert.ok(codes.includes('SG407'), codes.join());
  assert.ok(codes.includes('SG410'), codes.join());
});

test('while an 80 KB `*a` AGENTS.md is open, a hover in a 3-line config answers with its finding', async () => {
  const dir = path.join(ws, 'sub');
  const agents = client.open(path.join(dir, 'AGENTS.md'), AGENTS + '*a'.repeat(40000) + '\n');
  const config = client.open(path.join(dir, 'three.sandbox.yaml'), 'network:\n  allowlist:\n    - api.paypal.com\n');
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: config }, position: { line: 2, character: 10 } });
  assert.match(JSON.stringify(h), /production-host/);
  const codes = (await client.diagnosticsFor(agents, 1, 60000)).map((d) => String(d.code));
  assert.ok(codes.includes('SG407') && codes.includes('SG410'), codes.join());
});
