// Generated: every secret kind planted in every position of every file kind (test/helpers/plantedSecrets.ts),
// opened in the language server; every response and notification — published diagnostics (workspace check and
// open documents), code actions (titles and edits, fix-all), hover, completion (and resolve), the checklist
// request, window/logMessage and showMessage, progress, stderr — must hold no 8-character piece of any secret.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic } from 'vscode-languageserver-protocol';
import { describeLeaks, plants, scan, secretKinds, type Leak, type Plant } from '../helpers/plantedSecrets.js';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';

// SECRET_SCAN_KINDS=jwt,github-pat narrows a run while debugging
const ONLY = process.env.SECRET_SCAN_KINDS?.split(',');
const KINDS = secretKinds().filter((k) => !ONLY || ONLY.includes(k.id));
const ALL = plants().filter((p) => KINDS.includes(p.kind) || KINDS.some((k) => k.id === p.kind.id));
export const LSP_OUTPUTS = { task: ['diagnostics', 'code actions', 'hover', 'completion', 'checklist', 'notifications'], agents: ['diagnostics', 'code actions', 'hover', 'completion', 'notifications'], policy: ['diagnostics', 'code actions', 'hover', 'completion', 'notifications'] };

let ws: string;
let client: TestClient;

before(() => ensureBuilt());

/** A server per secret kind, over a workspace of that kind's plants (a policy file opened re-checks its workspace). */
async function start(plantsOfKind: Plant[]): Promise<void> {
  ws = tempWorkspace(Object.fromEntries(plantsOfKind.map((p) => [p.file, p.text])));
  client = new TestClient({ folders: [ws] });
  await client.initialize();
  await client.request('sandboxGuard/checkWorkspace', {});
}


/** Positions worth asking about: the first character of each line holding the secret (a key), and the secret's start. */
function probes(p: Plant): { line: number; character: number }[] {
  const lines = p.text.split('\n');
  const parts = p.kind.planted.split('\n').map((x) => x.slice(0, 12));
  const out: { line: number; character: number }[] = [];
  lines.forEach((l, line) => {
    if (!l.trim() || !parts.some((x) => l.includes(x))) return;
    out.push({ line, character: l.length - l.trimStart().length });
  });
  const at = p.text.indexOf(p.kind.planted.split('\n')[0]);
  if (at >= 0) {
    const before = p.text.slice(0, at).split('\n');
    out.push({ line: before.length - 1, character: before[before.length - 1].length + 2 });
  }
  return out;
}

async function outputsOf(p: Plant): Promise<Record<string, string>> {
  const file = path.join(ws, p.file);
  const uri = client.open(file, p.text, p.position.kind === 'agents' ? 'markdown' : 'yaml');
  const diagnostics: Diagnostic[] = await client.diagnosticsFor(uri, 1, 20_000);
  const textDocument = { uri };
  const lines = p.text.split('\n');
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
  const actions = await Promise.all([
    client.request<CodeAction[] | null>('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics } }),
    client.request<CodeAction[] | null>('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics, only: ['source.fixAll.sandboxGuard'] } }),
    ...diagnostics.map((d) => client.request<CodeAction[] | null>('textDocument/codeAction', { textDocument, range: d.range, context: { diagnostics: [d] } })),
  ]);
  const at = probes(p);
  const hovers = await Promise.all(at.map((position) => client.request('textDocument/hover', { textDocument, position })));
  // completion where the secret starts and where its line ends
  const ends = at.slice(-1).concat(at.slice(-1).map((x) => ({ line: x.line, character: lines[x.line].length })));
  const completions = await Promise.all(ends.map((position) => client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument, position })));
  const items = completions.flatMap((c) => (Array.isArray(c) ? c : c?.items ?? []));
  const resolved = await Promise.all(items.filter((i) => i.data !== undefined).slice(0, 5).map((i) => client.request('completionItem/resolve', i)));
  const out: Record<string, string> = {
    diagnostics: JSON.stringify(client.published.get(uri) ?? []),
    'code actions': JSON.stringify(actions),
    hover: JSON.stringify(hovers),
    completion: JSON.stringify([completions, resolved]),
  };
  if (p.position.kind === 'task') out.checklist = JSON.stringify(await client.request('sandboxGuard/checklist', { uri, existing: '' }));
  client.close(uri);
  return out;
}

let scanned = 0;
for (const kind of KINDS) {
  test(`language server: no response, notification or log line shows any piece of a planted ${kind.id}`, async () => {
    const mine = ALL.filter((x) => x.kind.id === kind.id);
    await start(mine);
    const leaks: Leak[] = [];
    try {
      // documents in parallel (eight at a time): the server's typing debounce would otherwise dominate
      const queue = [...mine];
      const worker = async () => {
        for (let p = queue.shift(); p; p = queue.shift()) {
          for (const [name, text] of Object.entries(await outputsOf(p))) leaks.push(...scan(text, `${name} (${p.position.kind}: ${p.position.id})`, [kind]));
          scanned += LSP_OUTPUTS[p.position.kind].length;
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      await new Promise((r) => setTimeout(r, 200));
      // every notification: logMessage, showMessage, progress, status, and the workspace check's diagnostics of every file
      leaks.push(...scan(JSON.stringify(client.notifications) + JSON.stringify([...client.published.values()]), 'notifications', [kind]));
      leaks.push(...scan(client.stderr, 'stderr', [kind]));
      assert.ok(client.notifications.some((n) => n.method === 'window/logMessage'), 'the server log (start-up and workspace-check lines) was scanned');
    } finally {
      await client.shutdown();
    }
    assert.deepEqual(leaks, [], `secret pieces in language-server output:\n${describeLeaks(leaks)}`);
  });
}

test('language-server scan covered every kind × position × output', () => {
  const expected = ALL.reduce((n, p) => n + LSP_OUTPUTS[p.position.kind].length, 0);
  assert.equal(scanned, expected);
  console.log(`language-server secret scan: ${KINDS.length} kinds, ${ALL.length} kind×position pairs, ${scanned} kind×position×output scans`);
});
