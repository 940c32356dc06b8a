// Code actions over the protocol: every quick fix removes its diagnostic, fix-all, disable-line, docs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { applyToDisk, applyWorkspaceEdit, serverForSuite, type TestClient } from './client.js';

let ws: string;
let client: TestClient;

const SAMPLE = `network:
  allowlist:
    - api-m.paypal.com
    - https://api.sandbox.paypal.com/v1
    - "api.paypal.com"
credentials:
  PAYPAL_KEY:
    source: vault
    hosts:
      - api-m.paypal.com
`;

// no AGENTS.md: the cross-file fix that creates one is among the quick fixes
serverForSuite({}, (w, c) => { ws = w; client = c; });

function actionsFor(uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only } });
}

const key = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.message}`;

test('every quick fix of a sample config, applied, removes its diagnostic and keeps the YAML valid', async () => {
  const uri = client.open(path.join(ws, 'fixes.sandbox.yaml'), SAMPLE);
  const diags = await client.diagnosticsFor(uri, 1);
  assert.ok(diags.length >= 3, `expected findings, got ${diags.map(key)}`);
  let applied = 0;
  for (const d of diags) {
    const actions = (await actionsFor(uri, d)).filter((a) => a.edit);
    const fixes = actions.filter((a) => !a.title.startsWith('Disable '));
    for (const a of actions) {
      assert.equal(a.kind, 'quickfix');
      assert.deepEqual(a.diagnostics?.map((x) => x.code), [d.code]);
      const fixed = applyWorkspaceEdit(SAMPLE, uri, a.edit!);
      for (const doc of parseAllDocuments(fixed)) assert.equal(doc.errors.length, 0, `"${a.title}" broke the YAML:\n${fixed}`);
      // cross-file fixes (e.g. creating AGENTS.md) are applied to the disk, as the editor would, and announced
      const written = applyToDisk(a.edit!, uri);
      const announce = (type: number) => client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: written.map((p) => ({ uri: pathToFileURL(p).href, type })) });
      if (written.length) await announce(1);
      const v = client.change(uri, fixed);
      const after = await client.diagnosticsFor(uri, v);
      assert.ok(!after.some((x) => x.code === d.code && x.message === d.message), `"${a.title}" did not remove ${key(d)}:\n${fixed}`);
      for (const p of written) fs.rmSync(p);
      if (written.length) await announce(3);
      applied++;
    }
    if (d.data && (d.data as { fixes: unknown[] }).fixes.length) assert.ok(fixes.length > 0, `no quick fix for ${key(d)}`);
    // back to the sample for the next diagnostic (positions refer to it)
    const v = client.change(uri, SAMPLE);
    await client.diagnosticsFor(uri, v);
  }
  assert.ok(applied >= diags.length, 'each finding has at least the disable action');
});

test('the preferred fix is marked isPreferred; docs action carries the rule docs URL', async () => {
  const uri = client.open(path.join(ws, 'pref.sandbox.yaml'), SAMPLE);
  const diags = await client.diagnosticsFor(uri, 1);
  const prod = diags.find((d) => d.code === 'SG101' && d.range.start.line === 2)!;
  const actions = await actionsFor(uri, prod);
  assert.deepEqual(actions.map((a) => [a.title, !!a.isPreferred]), [
    // the swap moves the credential's `hosts` entry too, and says so
    ['Replace with staging host api-m.sandbox.paypal.com (and 1 credential host/env reference)', true],
    ['Disable production-host for this line', false],
    ['Show documentation for production-host', false],
  ]);
  assert.deepEqual(actions[2].command, {
    title: 'Show documentation for production-host',
    command: 'sandboxGuard.showDocs',
    arguments: ['https://github.com/sandbox-guard/sandbox-guard/blob/main/docs/rules/production-host.md'],
  });
});

test('disable-line inserts an indented directive with a reason placeholder, and merges into one', async () => {
  const text = 'network:\n  allowlist:\n    - api-m.paypal.com\n';
  const uri = client.open(path.join(ws, 'disable.sandbox.yaml'), text);
  const d = (await client.diagnosticsFor(uri, 1)).find((x) => x.code === 'SG101')!;
  const disable = (await actionsFor(uri, d)).find((a) => a.title === 'Disable production-host for this line')!;
  const once = applyWorkspaceEdit(text, uri, disable.edit!);
  assert.equal(once, 'network:\n  allowlist:\n    # sandbox-guard-disable-next-line production-host -- <reason>\n    - api-m.paypal.com\n');
  const v = client.change(uri, once);
  assert.ok(!(await client.diagnosticsFor(uri, v)).some((x) => x.code === 'SG101'));

  // a line with a directive above for another rule: the new rule is appended to it
  const other = 'network:\n  allowlist:\n    # sandbox-guard-disable-next-line wildcard-host -- reviewed\n    - api-m.paypal.com\n';
  const v2 = client.change(uri, other);
  const diags = await client.diagnosticsFor(uri, v2);
  const prod = diags.find((x) => x.code === 'SG101')!;
  const merge = (await actionsFor(uri, prod)).find((a) => a.title.startsWith('Disable production-host'))!;
  const merged = applyWorkspaceEdit(other, uri, merge.edit!);
  assert.equal(merged, 'network:\n  allowlist:\n    # sandbox-guard-disable-next-line wildcard-host, production-host -- reviewed\n    - api-m.paypal.com\n');
  const v3 = client.change(uri, merged);
  assert.ok(!(await client.diagnosticsFor(uri, v3)).some((x) => x.code === 'SG101'));
});

test('disable-line in AGENTS.md uses an HTML comment', async () => {
  const text = '# Agents\n\n## Rules\n\n- Call https://api-m.paypal.com/v1/payments for tests\n';
  const uri = client.open(path.join(ws, 'AGENTS.md'), text, 'markdown');
  const diags = await client.diagnosticsFor(uri, 1);
  const d = diags.find((x) => x.code === 'SG407')!;
  assert.deepEqual([d.range.start.line, d.range.start.character], [4, 15]);
  const disable = (await actionsFor(uri, d)).find((a) => a.title.startsWith('Disable '))!;
  const out = applyWorkspaceEdit(text, uri, disable.edit!);
  assert.equal(out, text.replace('- Call', '<!-- sandbox-guard-disable-next-line agents-production-host -- <reason> -->\n- Call'));
  const v = client.change(uri, out);
  assert.ok(!(await client.diagnosticsFor(uri, v)).some((x) => x.code === 'SG407'));
});

test('source.fixAll.sandboxGuard applies every safe fix in one edit', async () => {
  const uri = client.open(path.join(ws, 'fixall.sandbox.yaml'), SAMPLE);
  const diags = await client.diagnosticsFor(uri, 1);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.sandboxGuard'] },
  });
  assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all safe Sandbox Guard problems', 'source.fixAll.sandboxGuard']]);
  const fixed = applyWorkspaceEdit(SAMPLE, uri, actions[0].edit!);
  assert.match(fixed, /- api-m\.sandbox\.paypal\.com\n {4}- api\.sandbox\.paypal\.com\n/);
  const v = client.change(uri, fixed);
  const after = await client.diagnosticsFor(uri, v);
  const safeLeft = after.filter((x) => (x.data as { fixes: { safe?: boolean }[] }).fixes.some((f) => f.safe));
  assert.deepEqual(safeLeft.map(key), [], 'no safe fix left to apply');
  assert.ok(after.length < diags.length);
});

test('a code action request with a stale diagnostic still finds its finding by rule and range', async () => {
  const uri = client.open(path.join(ws, 'stale.sandbox.yaml'), SAMPLE);
  const [d] = await client.diagnosticsFor(uri, 1);
  const stale = { ...d, data: { ...(d.data as object), version: 99, index: 42 } };
  const actions = await actionsFor(uri, stale);
  assert.ok(actions.some((a) => a.isPreferred));
});
