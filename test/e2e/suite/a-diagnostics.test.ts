/// <reference types="mocha" />
// Diagnostics in a real VS Code: exact ranges, codes, docs links; the same findings as the CLI;
// files never opened (workspace check); revalidation on edits; settings that change severities.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, brief, code, configure, diagnostics, docsLink, fixture, open, ours, positionOf, setText, waitFor } from './util.js';

const DOCS = 'https://github.com/sandbox-guard/sandbox-guard/blob/main/docs/rules/';

interface CliFinding { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; docsUrl: string }

/** What `sandbox-guard check --format json` says about a file (run on the extension host's node). */
async function cli(file: string, extensionPath: string): Promise<CliFinding[]> {
  // async: a blocked extension host would stall the editor under test
  const { stdout: out } = await promisify(execFile)(process.execPath, [path.join(extensionPath, 'dist/cli.js'), 'check', file, '--format', 'json', '--exit-zero'], { encoding: 'utf8' });
  return (JSON.parse(out) as { findings: CliFinding[] }[])[0].findings;
}

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information,
};

describe('diagnostics', () => {
  before(async () => { await api(); });

  it('reports the production host of a bad config with its exact range, rule code, severity and docs link', async () => {
    const uri = fixture('bad.sandbox.yaml');
    await open(uri);
    const ds = await diagnostics(uri, (d) => d.some((x) => code(x) === 'SG101'));
    const prod = ds.find((d) => code(d) === 'SG101')!;
    assert.deepEqual(brief(prod), ['SG101', 4, 6, 4, 20]);
    assert.equal(prod.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(prod.source, 'sandbox-guard');
    assert.equal(docsLink(prod), `${DOCS}production-host.md`);
    assert.match(prod.message, /`api\.paypal\.com` in `allowlist` is a production host of PayPal/);
  });

  it('shows exactly the findings the CLI reports for the same file', async () => {
    const uri = fixture('fixes.sandbox.yaml');
    await open(uri);
    const ext = vscode.extensions.getExtension('sandbox-guard.sandbox-guard')!;
    const expected = (await cli(uri.fsPath, ext.extensionPath)).map((f) => ({
      code: f.ruleId, severity: SEVERITY[f.severity], message: f.message, docs: f.docsUrl,
      range: [f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1],
    }));
    assert.ok(expected.length >= 3, `the fixture has findings: ${JSON.stringify(expected)}`);
    const ds = await diagnostics(uri, (d) => d.length === expected.length, `${expected.length} diagnostics`);
    const actual = ds.map((d) => ({ code: code(d), severity: d.severity, message: d.message, docs: docsLink(d), range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character] }));
    const key = (x: { range: number[]; code: string }) => `${x.range.join(':')} ${x.code}`;
    assert.deepEqual(actual.sort((a, b) => key(a).localeCompare(key(b))), expected.sort((a, b) => key(a).localeCompare(key(b))));
  });

  it('lists findings of a config that was never opened (workspace check)', async () => {
    const uri = fixture('services/payments/sandbox.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'not opened by the tests');
    const ds = await diagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(ds.map(brief), [['SG101', 3, 6, 3, 20]]);
    assert.match(ds[0].message, /api\.twilio\.com/);
  });

  it('revalidates an edited file: fixing the host by typing clears the finding, undo brings it back', async () => {
    const uri = fixture('bad.sandbox.yaml');
    const editor = await open(uri);
    await diagnostics(uri, (d) => d.some((x) => code(x) === 'SG101'));
    const start = positionOf(editor.document, 'api.paypal.com');
    await editor.edit((b) => b.replace(new vscode.Range(start, start.translate(0, 'api.paypal.com'.length)), 'api.sandbox.paypal.com'));
    await diagnostics(uri, (d) => !d.some((x) => code(x) === 'SG101'), 'no SG101 after the edit');
    await vscode.commands.executeCommand('undo');
    const back = await diagnostics(uri, (d) => d.some((x) => code(x) === 'SG101'), 'SG101 after undo');
    assert.deepEqual(brief(back.find((x) => code(x) === 'SG101')!), ['SG101', 4, 6, 4, 20]);
    await editor.document.save();
  });

  it('reports a finding introduced by an edit at the new position', async () => {
    const uri = fixture('good.sandbox.yaml');
    const editor = await open(uri);
    const original = editor.document.getText();
    await diagnostics(uri, (d) => d.length === 0, 'a clean file');
    const at = positionOf(editor.document, '    - api.sandbox.paypal.com   #');
    await editor.edit((b) => b.insert(at, '    - api.paypal.com   # added\n'));
    const ds = await diagnostics(uri, (d) => d.some((x) => code(x) === 'SG101'));
    assert.deepEqual(brief(ds.find((x) => code(x) === 'SG101')!), ['SG101', at.line, 6, at.line, 20]);
    await setText(editor.document, original);
    await diagnostics(uri, (d) => d.length === 0, 'clean again');
    await editor.document.save();
  });
});

describe('settings', () => {
  const uri = () => fixture('bad.sandbox.yaml');
  const sg101 = (ds: vscode.Diagnostic[]) => ds.find((x) => code(x) === 'SG101');
  before(async () => { await api(); await open(uri()); });
  afterEach(async () => {
    await configure('rules', undefined);
    await configure('enable', undefined);
    await diagnostics(uri(), (d) => sg101(d)?.severity === vscode.DiagnosticSeverity.Error, 'default severity again');
  });

  it('sandboxGuard.rules overrides a severity by rule ID, and turns a rule off by name', async () => {
    await diagnostics(uri(), (d) => sg101(d)?.severity === vscode.DiagnosticSeverity.Error);
    await configure('rules', { SG101: 'info' });
    await diagnostics(uri(), (d) => sg101(d)?.severity === vscode.DiagnosticSeverity.Information, 'SG101 as information');
    await configure('rules', { 'production-host': 'off' });
    await diagnostics(uri(), (d) => !sg101(d), 'SG101 off');
    assert.equal(sg101(ours(uri())), undefined);
  });

  it('sandboxGuard.enable: false clears the diagnostics of open files', async () => {
    await diagnostics(uri(), (d) => !!sg101(d));
    await configure('enable', false);
    await diagnostics(uri(), (d) => d.length === 0, 'no diagnostics while disabled');
    await configure('enable', true);
    await diagnostics(uri(), (d) => !!sg101(d), 'diagnostics back');
  });

  it('the language status item shows the check time and finding count of the active file', async () => {
    const a = await api();
    await open(uri());
    const s = await waitFor('a status for bad.sandbox.yaml', () => a.statusOf(uri()));
    assert.equal(s.findings, ours(uri()).length);
    assert.ok(s.ms >= 0 && s.ms < 10_000, `check time ${s.ms} ms`);
    assert.match(a.status().text, /Sandbox Guard: [\d.]+ ms/);
    assert.match(a.status().detail ?? '', /checked in [\d.]+ ms · \d+ findings?/);
  });
});
