/// <reference types="mocha" />
// Claude Code settings in a real VS Code: a production host in `.claude/settings.json` gets a squiggle, and
// "Replace with staging host" fixes it in place (comments kept); VS Code's own JSON language stays in charge.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, brief, code, diagnostics, fixture, open, setText } from './util.js';

describe('Claude Code settings', () => {
  before(async () => { await api(); });

  it('a production host gets a diagnostic and the staging quick fix, applied and re-checked', async () => {
    const editor = await open('claude/.claude/settings.json');
    const doc = editor.document;
    const original = doc.getText();
    assert.notEqual(doc.languageId, 'sandbox-yaml', 'the JSON file keeps a JSON language');
    try {
      const ds = await diagnostics(doc.uri, (d) => d.some((x) => code(x) === 'SG101'));
      assert.deepEqual(ds.map(brief), [['SG101', 9, 9, 9, 23]]);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, ds[0].range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === 'Replace with staging host api.sandbox.paypal.com');
      assert.ok(fix?.edit && fix.isPreferred, JSON.stringify(actions.map((a) => a.title)));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(doc.getText(), original.replace('"api.paypal.com"', '"api.sandbox.paypal.com"'));
      await diagnostics(doc.uri, (d) => d.length === 0, 'no finding after the fix');
    } finally {
      await setText(doc, original);
      await doc.save();
    }
  });

  it('Scaffold Sandbox Key Checklist builds the checklist from the settings file and saves it beside it', async () => {
    const config = fixture('claude/.claude/settings.json');
    const target = fixture('claude/.claude/settings.checklist.md');
    try {
      const r = await vscode.commands.executeCommand<{ uri: string; saved: boolean; merged: boolean }>('sandboxGuard.scaffoldChecklist', config, { save: true });
      assert.deepEqual([r.saved, r.merged, r.uri], [true, false, target.toString()]);
      const text = fs.readFileSync(target.fsPath, 'utf8');
      assert.ok(text.split('\n').some((l) => /^\s*- \[ \] /.test(l)), `checklist items: ${text}`);
      assert.match(text, /api\.paypal\.com/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.rmSync(target.fsPath, { force: true });
    }
  });
});
