/// <reference types="mocha" />
// Completion, hover, quick fixes and fix-all through VS Code's own command API, as the editor calls them.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, code, diagnostics, fixture, identity, open, ours, positionOf, setText } from './util.js';

const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const hoverText = (hs: vscode.Hover[]) => hs.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

describe('completion', () => {
  before(async () => { await api(); });

  it('offers catalog staging hosts at an allowlist entry, each saying its provider and environment, and never production hosts', async () => {
    const editor = await open('bad.sandbox.yaml');
    const original = editor.document.getText();
    try {
      const after = positionOf(editor.document, '    - api.staging.example.com');
      await editor.edit((b) => b.insert(after, '    - \n'));
      const pos = new vscode.Position(after.line, 6);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);
      const labels = list.items.map(label);
      for (const staging of ['api.sandbox.paypal.com', 'api-m.sandbox.paypal.com']) {
        assert.ok(labels.includes(staging), `${staging} offered among ${labels.length}: ${labels.slice(0, 30).join(', ')}`);
      }
      for (const production of ['api.paypal.com', 'api-m.paypal.com', 'api.twilio.com', 'api.stripe.com']) {
        assert.ok(!labels.includes(production), `production host ${production} must not be offered`);
      }
      const paypal = list.items.find((i) => label(i) === 'api.sandbox.paypal.com')!;
      assert.match(String(paypal.detail ?? ''), /PayPal.*sandbox/i);
    } finally {
      await setText(editor.document, original);
      await editor.document.save();
    }
  });

  it('offers the missing schema keys of a credential with their descriptions', async () => {
    const editor = await open('good.sandbox.yaml');
    const original = editor.document.getText();
    try {
      const at = positionOf(editor.document, '  PAYPAL_SANDBOX_KEY:');
      await editor.edit((b) => b.insert(at, '  NEW_SANDBOX_KEY:\n    source: vault\n    \n'));
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(at.line + 2, 4));
      const labels = list.items.map(label);
      for (const key of ['scope', 'permissions', 'rate_limit']) assert.ok(labels.some((l) => l.startsWith(key)), `${key} offered: ${labels.join(', ')}`);
      assert.ok(!labels.includes('source'), 'a key already written is not offered again');
      const scope = list.items.find((i) => label(i).startsWith('scope'))!;
      const doc = typeof scope.documentation === 'string' ? scope.documentation : scope.documentation?.value ?? '';
      assert.match(`${scope.detail ?? ''} ${doc}`, /task|session|pool|lives/i);
    } finally {
      await setText(editor.document, original);
      await editor.document.save();
    }
  });
});

describe('hover', () => {
  before(async () => { await api(); });

  it('on a finding: the rule explanation with its docs link', async () => {
    const editor = await open('bad.sandbox.yaml');
    await diagnostics(editor.document.uri, (d) => d.some((x) => code(x) === 'SG101'));
    const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'api.paypal.com', 3));
    const text = hoverText(hs);
    assert.match(text, /production-host/);
    assert.match(text, /docs\/rules\/production-host\.md/);
    assert.match(text, /PayPal/);
  });

  it('on a key: the schema description', async () => {
    const editor = await open('good.sandbox.yaml');
    const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'allowlist', 2));
    assert.match(hoverText(hs), /Hosts the task may reach/);
  });

  it('on a sandbox host: what the catalog knows about it', async () => {
    const editor = await open('good.sandbox.yaml');
    const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'api.sandbox.paypal.com', 4));
    const text = hoverText(hs);
    assert.match(text, /PayPal/);
    assert.match(text, /sandbox/i);
  });
});

describe('quick fixes', () => {
  before(async () => { await api(); });

  it('every quick fix of the sample config, applied through the editor, removes its finding and keeps the YAML valid', async function () {
    this.timeout(240_000); // ~15 fixes, each applied to a fresh copy of the sample
    const editor = await open('fixes.sandbox.yaml');
    const doc = editor.document;
    const original = doc.getText();
    const initial = await diagnostics(doc.uri, (d) => d.length >= 3, 'the sample findings');
    const count = initial.length;
    const applied: string[] = [];
    try {
      for (const d of initial) {
        const id = identity(d);
        const titlesOf = async () => {
          const current = ours(doc.uri).find((x) => identity(x) === id);
          assert.ok(current, `finding ${id} present`);
          const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, current.range, vscode.CodeActionKind.QuickFix.value);
          // the actions for this finding (each sample finding is alone on its line)
          return actions.filter((a) => a.edit && (!a.diagnostics?.length || a.diagnostics.some((x) => identity(x) === id)));
        };
        const reset = async () => {
          await setText(doc, original);
          await diagnostics(doc.uri, (ds) => ds.length === count && ds.some((x) => identity(x) === id), 'the sample findings again');
        };
        await reset();
        const titles = (await titlesOf()).map((a) => a.title);
        assert.ok(titles.length >= 2, `${id}: a fix and "Disable … for this line" (got ${JSON.stringify(titles)})`);
        assert.ok(titles.some((t) => /^Disable [a-z-]+ for this line$/.test(t)), `${id}: disable action in ${JSON.stringify(titles)}`);
        for (const title of titles) {
          // each fix starts from the sample text, with fresh actions for the current document version
          await reset();
          const action = (await titlesOf()).find((a) => a.title === title);
          assert.ok(action?.edit, `${title} still offered`);
          assert.ok(await vscode.workspace.applyEdit(action.edit), `${title}: edit applied`);
          assert.notEqual(doc.getText(), original, `${title} changed the text`);
          await diagnostics(doc.uri, (ds) => !ds.some((x) => identity(x) === id), `${id} gone after "${title}"`);
          const syntax = ours(doc.uri).filter((x) => ['SG001', 'SG002'].includes(code(x)));
          assert.deepEqual(syntax.map(identity), [], `${title}: the YAML stays valid`);
          applied.push(`${code(d)}: ${title}`);
        }
      }
      console.log(`applied ${applied.length} quick fixes:\n  ${applied.join('\n  ')}`);
      assert.ok(applied.some((t) => /Replace with staging host api\.sandbox\.paypal\.com/.test(t)), 'the preferred production-host fix was among them');
    } finally {
      await setText(doc, original);
      await doc.save();
    }
  });

  it('marks the staging-host replacement as the preferred fix', async () => {
    const editor = await open('bad.sandbox.yaml');
    const d = (await diagnostics(editor.document.uri, (ds) => ds.some((x) => code(x) === 'SG101'))).find((x) => code(x) === 'SG101')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range);
    const preferred = actions.filter((a) => a.isPreferred).map((a) => a.title);
    assert.deepEqual(preferred, ['Replace with staging host api.sandbox.paypal.com']);
    assert.ok(actions.some((a) => a.title === 'Show documentation for production-host' && a.command), 'docs action');
  });

  it('fix-all (source.fixAll.sandboxGuard) produces the same text as `sandbox-guard check --fix`', async () => {
    const editor = await open('fixes.sandbox.yaml');
    const doc = editor.document;
    const original = doc.getText();
    const ext = vscode.extensions.getExtension('sandbox-guard.sandbox-guard')!;
    const copy = path.join(path.dirname(doc.uri.fsPath), 'fixall-cli.sandbox.yaml');
    fs.writeFileSync(copy, original);
    await promisify(execFile)(process.execPath, [path.join(ext.extensionPath, 'dist/cli.js'), 'check', copy, '--fix', '--exit-zero'], { encoding: 'utf8' });
    const expected = fs.readFileSync(copy, 'utf8');
    fs.rmSync(copy);
    assert.notEqual(expected, original, 'the CLI fixed something');
    try {
      const before = await diagnostics(doc.uri, (d) => d.length >= 3);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri,
        new vscode.Range(0, 0, 0, 0), 'source.fixAll.sandboxGuard');
      const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.sandboxGuard');
      assert.ok(fixAll?.edit, `fix-all offered: ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
      assert.equal(doc.getText(), expected);
      const after = await diagnostics(doc.uri, (d) => d.length < before.length, 'fewer findings after fix-all');
      assert.ok(after.length < before.length);
    } finally {
      await setText(doc, original);
      await doc.save();
    }
  });
});
