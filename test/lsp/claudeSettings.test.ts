// Claude Code and sandbox-runtime settings in the editor, over the protocol: a production host gets a
// diagnostic and the staging quick fix (applied, re-checked), staging hosts are completed inside
// `allowedDomains` and after `WebFetch(domain:`, and hover explains the host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, serverForSuite, type TestClient } from './client.js';

let ws: string;
let client: TestClient;

const SETTINGS = `{
  // payments team
  "sandbox": {
    "enabled": true,
    "allowUnsandboxedCommands": false,
    "failIfUnavailable": true,
    "network": {
      "allowedDomains": ["api-m.paypal.com", "registry.npmjs.org"]
    }
  }
}
`;

serverForSuite({}, (w, c) => { ws = w; client = c; });

test('a production host in .claude/settings.json: diagnostic, then "Replace with staging host" applied and re-checked', async () => {
  const uri = client.open(path.join(ws, '.claude', 'settings.json'), SETTINGS, 'jsonc');
  const diags = await client.diagnosticsFor(uri, 1);
  assert.deepEqual(diags.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [['SG101', 7, 26, 42]]);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: [diags[0]] } });
  const fix = actions.find((a) => a.title === 'Replace with staging host api-m.sandbox.paypal.com');
  assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title)}`);
  assert.equal(fix.isPreferred, true);
  const fixed = applyWorkspaceEdit(SETTINGS, uri, fix.edit);
  assert.equal(fixed, SETTINGS.replace('"api-m.paypal.com"', '"api-m.sandbox.paypal.com"'));
  const v = client.change(uri, fixed);
  assert.deepEqual(await client.diagnosticsFor(uri, v), []);
  // the suppression action writes a JSONC comment
  const disable = actions.find((a) => a.title.startsWith('Disable '));
  assert.ok(disable?.edit);
  assert.match(applyWorkspaceEdit(SETTINGS, uri, disable.edit), /\/\/ sandbox-guard-disable-next-line production-host -- /);
  client.close(uri);
});

async function completeAt(rel: string, text: string): Promise<CompletionItem[]> {
  const cursor = text.indexOf('|');
  const clean = text.replace('|', '');
  const uri = client.open(path.join(ws, rel), clean, 'jsonc');
  const lines = clean.slice(0, cursor).split('\n');
  const res = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: { line: lines.length - 1, character: lines[lines.length - 1].length } });
  client.close(uri);
  return Array.isArray(res) ? res : res?.items ?? [];
}

const editOf = (i: CompletionItem | undefined) => (i?.textEdit && 'range' in i.textEdit ? { range: i.textEdit.range, newText: i.textEdit.newText } : undefined);

test('staging hosts are completed in allowedDomains (inside a string or as a new one), never production hosts', async () => {
  const inside = await completeAt('a/.claude/settings.json', '{ "sandbox": { "network": { "allowedDomains": ["api-m|"] } } }');
  assert.deepEqual(editOf(inside.find((i) => i.label === 'api-m.sandbox.paypal.com')), { range: { start: { line: 0, character: 48 }, end: { line: 0, character: 53 } }, newText: 'api-m.sandbox.paypal.com' });
  for (const prod of ['api-m.paypal.com', 'api.paypal.com', 'api.stripe.com']) assert.ok(!inside.some((i) => i.label === prod), prod);
  const fresh = await completeAt('b/.srt-settings.json', '{ "network": { "allowedDomains": [|] } }');
  assert.deepEqual(editOf(fresh.find((i) => i.label === 'api-m.sandbox.paypal.com')), { range: { start: { line: 0, character: 34 }, end: { line: 0, character: 34 } }, newText: '"api-m.sandbox.paypal.com"' });
  // not in deniedDomains, not in other keys (VS Code's own JSON support completes those)
  assert.deepEqual(await completeAt('c/.claude/settings.json', '{ "sandbox": { "network": { "deniedDomains": ["|"] } } }'), []);
  assert.deepEqual(await completeAt('d/.claude/settings.json', '{ "env": { "A": "|" } }'), []);
});

test('staging hosts are completed after WebFetch(domain: in permissions.allow, the rule around them kept', async () => {
  const items = await completeAt('e/.claude/settings.json', '{ "permissions": { "allow": ["WebFetch(domain:api.|)"] } }');
  assert.deepEqual(editOf(items.find((i) => i.label === 'api.sandbox.paypal.com')), { range: { start: { line: 0, character: 46 }, end: { line: 0, character: 50 } }, newText: 'api.sandbox.paypal.com' });
  assert.deepEqual(await completeAt('f/.claude/settings.json', '{ "permissions": { "allow": ["Bash(|)"] } }'), []);
});

test('hover on a host entry says what it is and its staging equivalent', async () => {
  const uri = client.open(path.join(ws, 'g', '.claude', 'settings.json'), SETTINGS, 'jsonc');
  await client.diagnosticsFor(uri, 1);
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 30 } });
  const text = (h?.contents as MarkupContent).value;
  assert.match(text, /\*\*SG101 production-host\*\*/);
  assert.match(text, /\*\*api-m\.paypal\.com\*\* — production/);
  assert.match(text, /Staging equivalent: `api-m\.sandbox\.paypal\.com`/);
  client.close(uri);
});

test('keys this checker reads are completed from the format\'s schema, with their docs; present keys are not offered again', async () => {
  const items = await completeAt('h/.claude/settings.json', '{\n  "sandbox": {\n    "enabled": true,\n    "allow|"\n  }\n}\n');
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('allowUnsandboxedCommands'), labels.join(', '));
  assert.ok(!labels.includes('enabled'), 'already present');
  const item = items.find((i) => i.label === 'allowUnsandboxedCommands')!;
  assert.deepEqual(editOf(item), { range: { start: { line: 3, character: 4 }, end: { line: 3, character: 11 } }, newText: '"allowUnsandboxedCommands"' });
  assert.match((item.documentation as MarkupContent).value, /Defaults to true/);
  const srt = await completeAt('i/.srt-settings.json', '{ "credentials": { "envVars": [{ "name": "X", | }] } }');
  assert.ok(srt.some((i) => i.label === 'injectHosts'), srt.map((i) => i.label).join(', '));
});

test('hover on a key shows what it does and which rule reads it', async () => {
  const uri = client.open(path.join(ws, 'j', '.claude', 'settings.json'), SETTINGS, 'jsonc');
  await client.diagnosticsFor(uri, 1);
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 8 } });
  assert.match((h?.contents as MarkupContent).value, /^\*\*allowUnsandboxedCommands\*\*\n\nLets the model re-run a blocked command outside the sandbox\. \*\*Defaults to true\*\*: set it to false \(SG602\)\.$/);
  client.close(uri);
});

test('the checklist request serves Claude Code settings (the same text as the CLI), and still refuses other JSON', async () => {
  const file = path.join(ws, 'k', '.claude', 'settings.json');
  const uri = client.open(file, SETTINGS, 'jsonc');
  const r = await client.request<{ markdown: string }>('sandboxGuard/checklist', { uri });
  assert.match(r.markdown, /^# Sandbox key checklist: settings\.json\n\nGenerated by `sandbox-guard checklist` from `k\/\.claude\/settings\.json` \(Claude Code settings\)/);
  assert.match(r.markdown, /^- \[x\] `sandbox\.enabled` is `true`\.$/m);
  assert.match(r.markdown, /^Allowed hosts: `api-m\.paypal\.com`, `registry\.npmjs\.org`\.$/m);
  client.close(uri);
  const other = client.open(path.join(ws, 'k', 'package.json'), '{ "name": "x" }', 'json');
  await assert.rejects(client.request('sandboxGuard/checklist', { uri: other }), /serves only a sandbox task config, a Claude Code settings file, a sandbox-runtime settings file or a Codex config inside the workspace/);
  client.close(other);
});
