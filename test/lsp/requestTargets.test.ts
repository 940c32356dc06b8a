// Custom requests that take a URI serve only documents of their kind inside the workspace: never
// file:///etc/passwd, a config in another folder, or a path that climbs out with `..`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { AGENTS_MD, BAD_CONFIG } from './fixtures.js';

let ws: string;
let outside: string;
let client: TestClient;
const uriOf = (p: string) => pathToFileURL(p).href;

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({ 'AGENTS.md': AGENTS_MD, 'pay.sandbox.yaml': BAD_CONFIG, 'notes.txt': 'hello\n', 'docs/README.md': '# x\n' });
  outside = tempWorkspace({ 'AGENTS.md': '# Agents\n', 'other.sandbox.yaml': 'credentials:\n  OUTSIDE_KEY:\n    source: vault\n' });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
});
after(() => client.shutdown());

/** URIs no custom request may serve, whatever its kind. */
function foreignUris(name: string): string[] {
  return [
    'file:///etc/passwd',
    'file:///etc/hosts',
    `file:///etc/${name}`,
    uriOf(path.join(outside, name)),
    // `..` out of the workspace, written into the URI
    `${uriOf(ws)}/sub/../../${path.basename(outside)}/${name}`,
    uriOf(path.join(ws, 'notes.txt')),
    uriOf(path.join(ws, 'docs/README.md')),
    'untitled:Untitled-1',
    'https://example.com/sandbox.yaml',
    '',
  ];
}

async function refused(method: string, uri: string): Promise<string> {
  try {
    const r = await client.request<unknown>(method, { uri });
    return `answered ${JSON.stringify(r).slice(0, 120)}`;
  } catch (e) {
    const msg = (e as Error).message;
    assert.match(msg, /serves only .* inside the workspace/, `${method} ${uri}`);
    assert.doesNotMatch(msg, /root:|OUTSIDE_KEY/);
    return 'refused';
  }
}

test('sandboxGuard/checklist refuses files that are not task configs inside the workspace', async () => {
  for (const uri of [...foreignUris('other.sandbox.yaml'), uriOf(path.join(ws, 'AGENTS.md'))]) {
    assert.equal(await refused('sandboxGuard/checklist', uri), 'refused', uri);
  }
  const ok = await client.request<{ markdown: string }>('sandboxGuard/checklist', { uri: uriOf(path.join(ws, 'pay.sandbox.yaml')) });
  assert.match(ok.markdown, /^# Sandbox key checklist/);
});

test('sandboxGuard/addAgentsRules refuses anything but an AGENTS.md inside the workspace', async () => {
  for (const uri of [...foreignUris('AGENTS.md'), uriOf(path.join(ws, 'pay.sandbox.yaml'))]) {
    assert.equal(await refused('sandboxGuard/addAgentsRules', uri), 'refused', uri);
  }
  assert.equal(fs.readFileSync(path.join(outside, 'AGENTS.md'), 'utf8'), '# Agents\n');
  const edit = await client.request<unknown>('sandboxGuard/addAgentsRules', { uri: uriOf(path.join(ws, 'sub', 'AGENTS.md')) });
  assert.ok(edit, 'a new AGENTS.md inside the workspace is served');
});

test('an open untitled task config is served; an untitled document of another language is not', async () => {
  const uri = 'untitled:Untitled-7';
  void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sandbox-yaml', version: 1, text: 'credentials:\n  STAGING_KEY:\n    source: vault\n' } });
  await client.diagnosticsFor(uri, 1);
  const r = await client.request<{ markdown: string }>('sandboxGuard/checklist', { uri });
  assert.match(r.markdown, /STAGING_KEY/);
  const md = 'untitled:Untitled-8';
  void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: md, languageId: 'plaintext', version: 1, text: 'root:x:0:0\n' } });
  assert.equal(await refused('sandboxGuard/checklist', md), 'refused');
});
