// Copilot setup steps in the editor: the entry under the cursor in an exported allow list (pure helper), and
// through the language server: staging-host completion there (never a production host), host hover, and the
// findings' quick fixes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { allowListTokenAt } from '../../server/src/models/copilot/editor.js';
import { applyTextEdits, ensureBuilt, tempWorkspace, TestClient } from '../lsp/client.js';

test('the allow-list entry under the cursor', () => {
  const line = '  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: "registry.npmjs.org, api.pay" # extra';
  const at = line.indexOf('api.pay') + 3;
  assert.deepEqual(allowListTokenAt(line, at), { start: line.indexOf('api.pay'), end: line.indexOf('api.pay') + 7, text: 'api.pay' });
  assert.equal(allowListTokenAt(line, 5), undefined, 'on the key');
  const empty = '          COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: a.com, ';
  assert.deepEqual(allowListTokenAt(empty, empty.length), { start: empty.length, end: empty.length, text: '' });
  assert.equal(allowListTokenAt('  OTHER: a.com', 10), undefined);
});

let ws: string;
let client: TestClient;
const FILE = '.github/workflows/copilot-setup-steps.yml';
const TEXT = 'on: workflow_dispatch\nenv:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: registry.npmjs.org,api-m.paypal.com\njobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n';

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({ 'AGENTS.md': '# Agents\n' });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
});
after(() => client.shutdown());

test('completion in the allow list offers staging hosts, never production ones; hover describes the host', async () => {
  const uri = client.open(path.join(ws, FILE), TEXT);
  await client.diagnosticsFor(uri, 1);
  const res = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 70 } });
  const labels = (Array.isArray(res) ? res : res?.items ?? []).map((i) => i.label);
  assert.ok(labels.includes('api-m.sandbox.paypal.com'), labels.slice(0, 10).join(', '));
  assert.ok(!labels.includes('api-m.paypal.com') && !labels.includes('api.stripe.com'));
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 70 } });
  const text = h ? (h.contents as MarkupContent).value : '';
  assert.match(text, /SG101/);
  assert.match(text, /\*\*api-m\.paypal\.com\*\* — production/);
});

test('the quick fix from the finding swaps the host and keeps the list', async () => {
  const uri = client.open(path.join(ws, FILE), TEXT);
  const diags = await client.diagnosticsFor(uri, 1);
  const d = diags.find((x: Diagnostic) => x.code === 'SG101')!;
  assert.deepEqual(d.range, { start: { line: 2, character: 66 }, end: { line: 2, character: 82 } });
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const fix = actions.find((a) => a.title === 'Replace with staging host api-m.sandbox.paypal.com (then update the firewall list in repository settings)')!;
  assert.ok(fix, actions.map((a) => a.title).join('; '));
  const edits = fix.edit!.changes?.[uri] ?? (fix.edit!.documentChanges![0] as unknown as { edits: never[] }).edits;
  assert.match(applyTextEdits(TEXT, edits), /ADDITIONS: registry\.npmjs\.org,api-m\.sandbox\.paypal\.com\n/);
  assert.ok(actions.some((a) => a.title.startsWith('Disable production-host for this line')), 'a YAML suppression is offered');
});
