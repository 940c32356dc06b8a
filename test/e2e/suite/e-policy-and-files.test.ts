/// <reference types="mocha" />
// The policy file (.sandbox-guard.yaml): validated against its schema, and its staging map used by the
// configs next to it; extra task-config globs from sandboxGuard.files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, brief, code, configure, diagnostics, fixture, open, positionOf, setText } from './util.js';

const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

describe('policy file', () => {
  before(async () => { await api(); });

  it('is validated against the policy schema', async () => {
    const uri = fixture('team/.sandbox-guard.yaml');
    await open(uri);
    const ds = await diagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(ds.map(brief), [['SG950', 3, 0, 3, 9]]);
    assert.match(ds[0].message, /Unknown property `bogus_key`/);
  });

  it('offers the policy keys that are not written yet', async () => {
    const editor = await open('team/.sandbox-guard.yaml');
    const original = editor.document.getText();
    try {
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\n'));
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(editor.document.lineCount - 1, 0));
      const labels = list.items.map(label);
      for (const key of ['productionHosts', 'rules', 'ignore']) assert.ok(labels.some((l) => l.startsWith(key)), `${key} offered: ${labels.join(', ')}`);
      assert.ok(!labels.includes('stagingHosts'), 'stagingHosts is already there');
    } finally {
      await setText(editor.document, original);
      await editor.document.save();
    }
  });

  it("its stagingHosts decide findings, quick fixes and completion in the configs of its folder", async () => {
    const editor = await open('team/acme.sandbox.yaml');
    const uri = editor.document.uri;
    const ds = await diagnostics(uri, (d) => d.some((x) => code(x) === 'SG101'));
    assert.deepEqual(ds.map(brief), [['SG101', 4, 6, 4, 18]]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, ds[0].range);
    assert.ok(actions.some((a) => a.title === 'Replace with staging host api.staging.acme.com' && a.isPreferred), JSON.stringify(actions.map((a) => a.title)));
    const original = editor.document.getText();
    try {
      const at = positionOf(editor.document, '  methods:');
      await editor.edit((b) => b.insert(at, '    - \n'));
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(at.line, 6));
      const labels = list.items.map(label);
      assert.ok(labels.includes('api.staging.acme.com'), `the policy's staging host is offered: ${labels.slice(0, 20).join(', ')}`);
      assert.ok(!labels.includes('api.acme.com'), 'the policy\'s production host is not offered');
    } finally {
      await setText(editor.document, original);
      await editor.document.save();
    }
  });
});

describe('sandboxGuard.files', () => {
  before(async () => { await api(); });
  after(async () => { await configure('files', undefined); });

  it('makes the server check files matching extra globs', async () => {
    await configure('files', ['ci/*.yaml']);
    const uri = fixture('ci/agent-task.yaml');
    const editor = await open(uri);
    const ds = await diagnostics(uri, (d) => d.some((x) => code(x) === 'SG101'));
    assert.deepEqual(ds.map(brief), [['SG101', 3, 6, 3, 20]]);
    // the open document is synced to the server, not only read from disk: an unsaved edit is checked
    const original = editor.document.getText();
    try {
      const at = positionOf(editor.document, 'api.paypal.com');
      await editor.edit((b) => b.replace(new vscode.Range(at, at.translate(0, 'api.paypal.com'.length)), 'api.sandbox.paypal.com'));
      await diagnostics(uri, (d) => !d.some((x) => code(x) === 'SG101'), 'no SG101 after the unsaved edit');
    } finally {
      await setText(editor.document, original);
      await editor.document.save();
    }
  });
});
