// Positions outside the document (issue 8 §3): every request handler answers as at the clamped
// position. Before the clamp, a completion at line 2³¹ of a 4-line document took 8 s and 1.3 GB and failed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { AGENTS_MD, BAD_CONFIG } from './fixtures.js';

let ws: string;
let client: TestClient;
const CONFIG = 'network:\n  allowlist:\n    - api.paypal.com\n  ';
let configUri: string;
let agentsUri: string;

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({ 'AGENTS.md': AGENTS_MD });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
  configUri = client.open(path.join(ws, 'four.sandbox.yaml'), CONFIG);
  agentsUri = client.open(path.join(ws, 'AGENTS.md'), AGENTS_MD);
  await client.diagnosticsFor(configUri, 1);
  await client.diagnosticsFor(agentsUri, 1);
});
after(() => client.shutdown());

/** The clamped position, computed independently of the server: past the last line = end of text. */
function clamp(text: string, line: number, character: number): { line: number; character: number } {
  const lines = text.split('\n');
  if (line >= lines.length) return { line: lines.length - 1, character: lines[lines.length - 1].length };
  return { line, character: Math.min(character, lines[line].length) };
}

const ask = (method: string, uri: string, position: { line: number; character: number }) =>
  client.request<unknown>(method, { textDocument: { uri }, position, context: { triggerKind: 1 } });
const actions = (uri: string, start: { line: number; character: number }, end: { line: number; character: number }) =>
  client.request<unknown>('textDocument/codeAction', { textDocument: { uri }, range: { start, end }, context: { diagnostics: [] } });

test('completion at line 2³¹ of a 4-line config answers as at the end of the document', async () => {
  const far = await ask('textDocument/completion', configUri, { line: 2 ** 31, character: 0 });
  const end = await ask('textDocument/completion', configUri, clamp(CONFIG, Infinity, 0));
  assert.ok(far, 'completion answered');
  assert.deepEqual(far, end);
  assert.ok((end as { items: unknown[] }).items.length > 0);
});

test('hover and code actions past the end answer as at the clamped position', async () => {
  const far = { line: 2 ** 31 - 1, character: 2 ** 31 - 1 };
  const end = clamp(CONFIG, far.line, far.character);
  assert.deepEqual(await ask('textDocument/hover', configUri, far), await ask('textDocument/hover', configUri, end));
  // a range from inside the document to far past it: the production host's actions are still offered
  const acts = await actions(configUri, { line: 2, character: 6 }, far);
  assert.deepEqual(acts, await actions(configUri, { line: 2, character: 6 }, end));
  assert.ok(JSON.stringify(acts).includes('api.sandbox.paypal.com') || (acts as unknown[]).length > 0, JSON.stringify(acts));
});

test('property: any position, in any handler and file kind, answers as at its clamped position', async () => {
  const docs = [
    { uri: () => configUri, text: CONFIG },
    { uri: () => agentsUri, text: AGENTS_MD },
  ];
  const big = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(2 ** 31 - 1, 2 ** 31, 2 ** 32));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(0, 1), fc.constantFrom('textDocument/completion', 'textDocument/hover'), big, big, async (d, method, line, character) => {
      const { uri, text } = docs[d];
      assert.deepEqual(await ask(method, uri(), { line, character }), await ask(method, uri(), clamp(text, line, character)));
    }),
    { numRuns: 60 },
  );
  // the server is still fine for a normal document
  const probe = client.open(path.join(ws, 'probe.sandbox.yaml'), BAD_CONFIG);
  assert.ok((await client.diagnosticsFor(probe, 1)).length > 0);
});
