// AGENTS.md in the editor: hover on a recognised rule line, the missing rules offered as snippets
// inside the Rules section, staging hosts inside URLs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';

let ws: string;
let client: TestClient;

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({ 'task.sandbox.yaml': 'network:\n  allowlist:\n    - api.staging.example.com\n' });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
});
after(() => client.shutdown());

const AGENTS = '# Agents\n\n## Rules\n\n- NEVER call production API endpoints from cloud tasks\n- \n';

test('hover on a rule line says which staging-only rule it satisfies', async () => {
  const uri = client.open(path.join(ws, 'AGENTS.md'), AGENTS);
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 10 } });
  const text = h ? (h.contents as MarkupContent).value : '';
  assert.match(text, /SG402/);
  assert.match(text, /production/i);
});

test('completion in the Rules section offers the missing rules, not the present one', async () => {
  const uri = client.open(path.join(ws, 'AGENTS.md'), AGENTS);
  const res = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 2 } });
  const items = Array.isArray(res) ? res : res?.items ?? [];
  const text = items.map((i) => `${i.label} ${i.detail ?? ''}`).join('\n');
  assert.equal(items.length, 3, text);
  assert.match(text, /keys/i);
  assert.match(text, /timeout/i);
  assert.match(text, /audit|log/i);
  assert.ok(!/production API endpoints/.test(items.map((i) => i.label).join('\n')), text);
});

test('completion inside a URL in AGENTS.md offers staging hosts, never production ones', async () => {
  const md = '# Agents\n\nCall https://api\n';
  const uri = client.open(path.join(ws, 'AGENTS.md'), md);
  const res = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 16 } });
  const labels = (Array.isArray(res) ? res : res?.items ?? []).map((i) => i.label);
  assert.ok(labels.includes('api.staging.example.com'), labels.slice(0, 10).join(', '));
  assert.ok(!labels.includes('api.paypal.com') && !labels.includes('api.stripe.com'));
});
