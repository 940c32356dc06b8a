/// <reference types="mocha" />
// The palette commands, each run through vscode.commands.executeCommand, with what they produce.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, code, diagnostics, fixture, open, ours, waitFor } from './util.js';

describe('commands', () => {
  before(async () => { await api(); });

  it('contributes every command under the "Sandbox Guard" category', async () => {
    const ext = vscode.extensions.getExtension('sandbox-guard.sandbox-guard')!;
    const contributed = (ext.packageJSON.contributes.commands as { command: string; category: string }[]);
    const all = await vscode.commands.getCommands(true);
    for (const c of contributed) {
      assert.equal(c.category, 'Sandbox Guard');
      assert.ok(all.includes(c.command), `${c.command} registered`);
    }
    assert.deepEqual(contributed.map((c) => c.command).sort(), [
      'sandboxGuard.addAgentsRules', 'sandboxGuard.checkWorkspace', 'sandboxGuard.newTaskConfig',
      'sandboxGuard.restartServer', 'sandboxGuard.scaffoldChecklist', 'sandboxGuard.showOutput',
    ]);
  });

  it('Scaffold Sandbox Key Checklist opens the checklist of the active config, ready to save next to it', async () => {
    await open('good.sandbox.yaml');
    const r = await vscode.commands.executeCommand<{ uri: string; saved: boolean; merged: boolean }>('sandboxGuard.scaffoldChecklist');
    assert.ok(r, 'a result');
    assert.equal(r.saved, false);
    const doc = vscode.window.activeTextEditor!.document;
    assert.equal(doc.uri.toString(), r.uri);
    assert.equal(doc.uri.scheme, 'untitled');
    assert.ok(doc.uri.path.endsWith('/good.sandbox.checklist.md'), doc.uri.path);
    assert.equal(doc.languageId, 'markdown');
    assert.match(doc.getText(), /^- \[ \] /m);
    assert.match(doc.getText(), /PAYPAL_SANDBOX_KEY/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Scaffold Sandbox Key Checklist saves next to the config and keeps ticked boxes when re-run', async () => {
    const config = fixture('bad.sandbox.yaml');
    const target = fixture('bad.sandbox.checklist.md');
    const first = await vscode.commands.executeCommand<{ uri: string; saved: boolean; merged: boolean }>('sandboxGuard.scaffoldChecklist', config, { save: true });
    assert.deepEqual([first.saved, first.merged, first.uri], [true, false, target.toString()]);
    const text = fs.readFileSync(target.fsPath, 'utf8');
    const boxes = text.split('\n').filter((l) => /^\s*- \[ \] /.test(l));
    assert.ok(boxes.length >= 2, `checklist items: ${text}`);
    // tick the first item on disk, as a user would, then regenerate
    fs.writeFileSync(target.fsPath, text.replace(boxes[0], boxes[0].replace('[ ]', '[x]')));
    const second = await vscode.commands.executeCommand<{ uri: string; saved: boolean; merged: boolean }>('sandboxGuard.scaffoldChecklist', config);
    assert.deepEqual([second.saved, second.merged], [true, true]);
    const merged = fs.readFileSync(target.fsPath, 'utf8');
    assert.ok(merged.includes(boxes[0].replace('[ ]', '[x]')), `ticked box kept:\n${merged}`);
    assert.equal(merged.split('\n').filter((l) => /^\s*- \[[ x]\] /.test(l)).length, boxes.length);
  });

  it('New Sandbox Task Config opens a commented starter config with the cursor on the first host, free of errors', async () => {
    const t0 = Date.now();
    const lap = (what: string) => console.log(`    [${Date.now() - t0} ms] ${what}`);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('sandboxGuard.newTaskConfig', { target: 'untitled' });
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(editor.document.languageId, 'sandbox-yaml');
    assert.equal(editor.document.getText(editor.selection), 'api.staging.example.com');
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /^\s+- api\.staging\.example\.com/);
    assert.match(editor.document.getText(), /^# /);
    lap('opened');
    const ds = await diagnostics(uri, () => true);
    await api().then((a) => waitFor('the starter config to be checked', () => a.statusOf(uri)));
    lap('checked');
    assert.deepEqual(ours(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => `${code(d)} ${d.message}`), [], JSON.stringify(ds.map((d) => d.message)));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    lap('closed');
  });

  it('New Sandbox Task Config can create the file in the workspace', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('sandboxGuard.newTaskConfig', { target: 'file', path: 'created/new.sandbox.yaml' });
    assert.equal(uri.toString(), fixture('created/new.sandbox.yaml').toString());
    assert.match(fs.readFileSync(uri.fsPath, 'utf8'), /allowlist:/);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'sandbox-yaml');
  });

  it('Check Workspace checks every task config in the folder and reports the totals', async () => {
    const r = await vscode.commands.executeCommand<{ files: number; findings: number }>('sandboxGuard.checkWorkspace');
    assert.ok(r.files >= 4, `files: ${r.files}`);
    assert.ok(r.findings >= 2, `findings: ${r.findings}`);
    await diagnostics(fixture('services/payments/sandbox.yaml'), (d) => d.length === 1);
  });

  it('Show Output reveals the Sandbox Guard output channel', async () => {
    await vscode.commands.executeCommand('sandboxGuard.showOutput');
    const editor = await waitFor('the output channel to be visible', () => vscode.window.visibleTextEditors
      .find((e) => e.document.uri.scheme === 'output' && /Sandbox Guard/.test(decodeURIComponent(e.document.uri.toString()))));
    assert.ok(editor);
  });

  it('Restart Server restarts it and diagnostics come back', async () => {
    const uri = fixture('bad.sandbox.yaml');
    await open(uri);
    const ok = await vscode.commands.executeCommand<boolean>('sandboxGuard.restartServer');
    assert.equal(ok, true);
    await diagnostics(uri, (d) => d.some((x) => code(x) === 'SG101'));
  });

  it('Add Staging-Only Rules to AGENTS.md creates the rules section', async () => {
    const uri = fixture('tools/AGENTS.md');
    const r = await vscode.commands.executeCommand<{ uri: string; applied: boolean } | undefined>('sandboxGuard.addAgentsRules', uri);
    assert.ok(r, 'the command produced an edit');
    assert.equal(r.applied, true);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /^## Rules/m);
    assert.match(doc.getText(), /production/i);
    await doc.save();
    // the new file states every rule: no AGENTS.md findings, and running again changes nothing
    await diagnostics(uri, (d) => d.length === 0, 'a clean AGENTS.md');
    const again = await vscode.commands.executeCommand<{ uri: string; applied: boolean }>('sandboxGuard.addAgentsRules', uri);
    assert.deepEqual(again, { uri: uri.toString(), applied: false });
  });
});
