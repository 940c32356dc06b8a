/// <reference types="mocha" />
// A server crash: the client restarts it, reports it once, and diagnostics keep coming.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, code, diagnostics, fixture, open, positionOf, setText, waitFor } from './util.js';

/** pid of the language server: a child of this extension host running dist/server.js */
function serverPid(): number | undefined {
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('dist/server.js')) return Number(name);
    } catch { /* gone */ }
  }
  return undefined;
}

describe('server crash', () => {
  it('is restarted by the client, reported once, and keeps checking', async () => {
    const a = await api();
    const uri = fixture('bad.sandbox.yaml');
    const editor = await open(uri);
    await diagnostics(uri, (d) => d.some((x) => code(x) === 'SG101'));
    const before = a.crashes;
    for (let i = 1; i <= 2; i++) {
      const pid = await waitFor('the server process', () => serverPid());
      process.kill(pid, 'SIGKILL');
      await waitFor(`crash ${i} noticed`, () => (a.crashes === before + i ? true : undefined));
      await waitFor('a new server process', () => { const p = serverPid(); return p && p !== pid ? p : undefined; });
      await waitFor('the client running again', () => (a.client?.state === 2 /* Running */ ? true : undefined));
    }
    assert.equal(a.crashReports, 1, 'the user was told once');
    const original = editor.document.getText();
    try {
      const at = positionOf(editor.document, 'api.paypal.com');
      await editor.edit((b) => b.replace(new vscode.Range(at, at.translate(0, 'api.paypal.com'.length)), 'api.sandbox.paypal.com'));
      await diagnostics(uri, (d) => !d.some((x) => code(x) === 'SG101'), 'the restarted server checks edits');
    } finally {
      await setText(editor.document, original);
      await editor.document.save();
    }
  });
});
