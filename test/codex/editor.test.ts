// Codex TOML in the editor: where a host is being typed (unit), and over the protocol: staging-host
// completion in domains tables and host lists (never production hosts), hover, and the quick fixes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { hostSlotAt } from '../../server/src/models/codex/editor.js';
import { ensureBuilt, tempWorkspace, TestClient } from '../lsp/client.js';

const slot = (marked: string) => hostSlotAt(marked.replace('|', ''), marked.indexOf('|'));

test('host slots: new domains keys (quoted or not, inline tables) and host-list elements; nowhere else', () => {
  assert.deepEqual(slot('[permissions.ci.network.domains]\n"a.staging.example.com" = "allow"\n|'), { kind: 'domain-key', start: 67, quoted: false });
  assert.deepEqual(slot('[permissions.ci.network.domains]\n"api.st|'), { kind: 'domain-key', start: 34, quoted: true });
  assert.deepEqual(slot('[features.network_proxy.domains]\n  api|'), { kind: 'domain-key', start: 35, quoted: false });
  assert.deepEqual(slot('[permissions.ci.network]\ndomains = { "a.example.com" = "allow", |'), { kind: 'domain-key', start: 64, quoted: false });
  assert.deepEqual(slot('[experimental_network]\nallowed_domains = [|'), { kind: 'list-item', start: 42, quoted: false });
  assert.deepEqual(slot('[experimental_network]\nallowed_domains = ["a.example.com", "api.|'), { kind: 'list-item', start: 60, quoted: true });
  assert.deepEqual(slot('[network_proxy.policy]\ndenied_domains = [\n  "a.example.com",\n  |\n]'), { kind: 'list-item', start: 63, quoted: false });
  for (const none of [
    '[permissions.ci.network]\nmode = "limited"\n|',
    '[experimental_network]\nallowed_domains = ["a.example.com"]\nx = |',
    '[permissions.ci.network.domains]\n"a" = "al|',
    '[experimental_network]\nallowed_domains = [ # note |\n]',
    'sandbox_mode = "|',
  ]) assert.equal(slot(none), undefined, none);
});

let ws: string;
let client: TestClient;

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({ '.sandbox-guard.yaml': 'stagingHosts:\n  api.acme.com: api.staging.acme.com\n' });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
});
after(() => client.shutdown());

async function completeAt(marked: string): Promise<CompletionItem[]> {
  const cursor = marked.indexOf('|');
  const text = marked.replace('|', '');
  const uri = client.open(path.join(ws, '.codex/config.toml'), text, 'toml');
  const lines = text.slice(0, cursor).split('\n');
  const res = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
    textDocument: { uri },
    position: { line: lines.length - 1, character: lines[lines.length - 1].length },
  });
  client.close(uri);
  return Array.isArray(res) ? res : res?.items ?? [];
}

test('completion of a new domains key offers staging hosts as `"host" = "allow"`, never production hosts', async () => {
  const items = await completeAt('[permissions.ci.network.domains]\n|');
  const byLabel = new Map(items.map((i) => [i.label, i]));
  assert.ok(byLabel.has('api-m.sandbox.paypal.com'), items.map((i) => i.label).slice(0, 10).join(', '));
  assert.ok(byLabel.has('api.staging.acme.com'), 'the policy\'s staging host');
  assert.ok(!byLabel.has('api-m.paypal.com') && !byLabel.has('api.acme.com'), 'no production host');
  assert.equal((byLabel.get('api-m.sandbox.paypal.com')!.textEdit as TextEdit).newText, '"api-m.sandbox.paypal.com" = "allow"');
  const quoted = await completeAt('[permissions.ci.network.domains]\n"api-m.sa|');
  const q = quoted.find((i) => i.label === 'api-m.sandbox.paypal.com')!;
  assert.equal((q.textEdit as TextEdit).newText, 'api-m.sandbox.paypal.com');
  assert.deepEqual((q.textEdit as TextEdit).range, { start: { line: 1, character: 1 }, end: { line: 1, character: 9 } });
});

test('completion inside allowed_domains offers quoted staging hosts; other values get none', async () => {
  const items = await completeAt('[experimental_network]\nenabled = true\nallowed_domains = ["api.staging.example.com", |]');
  const item = items.find((i) => i.label === 'api-m.sandbox.paypal.com');
  assert.equal((item?.textEdit as TextEdit | undefined)?.newText, '"api-m.sandbox.paypal.com"');
  assert.deepEqual(await completeAt('sandbox_mode = |'), []);
});

test('hover: a production host shows the catalog facts and its staging host; a sandbox key says what it does', async () => {
  const text = 'sandbox_mode = "workspace-write"\n\n[permissions.ci.network.domains]\n"api-m.paypal.com" = "allow"\n';
  const uri = client.open(path.join(ws, '.codex/config.toml'), text, 'toml');
  const hoverAt = async (line: number, character: number) => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    return h ? (h.contents as MarkupContent).value : '';
  };
  const host = await hoverAt(3, 5);
  assert.match(host, /\*\*api-m\.paypal\.com\*\* — production/);
  assert.match(host, /Staging equivalent: `api-m\.sandbox\.paypal\.com`/);
  assert.match(host, /SG101 production-host/);
  assert.match(await hoverAt(0, 3), /^\*\*SG625 codex-profiles-ignored\*\*[\s\S]*\*\*sandbox_mode\*\*\n\n`read-only` \| `workspace-write`/);
  client.close(uri);
});

test('quick fixes on TOML: the staging host replaces the production key in its quotes; a suppression is offered', async () => {
  const text = '[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = "full"\n\n[permissions.ci.network.domains]\n"api-m.paypal.com" = "allow"  # payments\n\n[shell_environment_policy]\nignore_default_excludes = false\n';
  const uri = client.open(path.join(ws, 'svc/.codex/config.toml'), text, 'toml');
  const diags = await client.diagnosticsFor(uri, 1);
  assert.deepEqual(diags.map((d) => d.code).sort(), ['SG101', 'SG626']);
  const sg101 = diags.find((d) => d.code === 'SG101')!;
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: sg101.range, context: { diagnostics: [sg101] } });
  const replace = actions.find((a) => a.title === 'Replace with staging host api-m.sandbox.paypal.com')!;
  const edits = replace.edit!.documentChanges ? (replace.edit!.documentChanges[0] as { edits: TextEdit[] }).edits : replace.edit!.changes![uri];
  assert.deepEqual(edits.map((e) => e.newText), ['"api-m.sandbox.paypal.com"']);
  assert.ok(actions.some((a) => a.title === 'Disable production-host for this line'), actions.map((a) => a.title).join(' | '));
  client.close(uri);
});
