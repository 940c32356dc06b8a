// The document in front of the user comes first: a document opened while the workspace check is
// working through many files gets its diagnostics before the check has finished its neighbours,
// and the check then completes (resumed, not dropped). Ordering over the protocol, never timing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateManyFindingsConfig } from '../../scripts/bench-lsp-config.js';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';

const NEIGHBOURS = 40;

test('a document opened during the workspace check is published before the check reaches its last neighbour', async () => {
  ensureBuilt();
  const neighbour = generateManyFindingsConfig(300);
  const files: Record<string, string> = {};
  for (let i = 0; i < NEIGHBOURS; i++) files[`n/t${String(i).padStart(2, '0')}.sandbox.yaml`] = neighbour;
  const ws = tempWorkspace(files);
  const neighbourUris = Object.keys(files).map((f) => pathToFileURL(path.join(ws, f)).href);
  const c = new TestClient({ folders: [ws] });
  try {
    await c.initialize();
    // the workspace check is under way once the first neighbour is published
    await c.waitFor(() => neighbourUris.some((u) => c.published.has(u)), 60000, 'first neighbour');
    const text = generateManyFindingsConfig(50);
    const uri = c.open(path.join(ws, 'edited.sandbox.yaml'), text);
    const neighboursBefore = await c.waitFor(() => (c.published.has(uri) ? { n: neighbourUris.filter((u) => c.published.has(u)).length } : undefined), 60000, 'opened document');
    assert.ok(neighboursBefore.n < NEIGHBOURS, `the opened document waited for all ${NEIGHBOURS} neighbours`);
    assert.ok(c.lastPublish(uri)!.diagnostics.length > 0);
    // the check resumes and every neighbour still gets its diagnostics, exactly once
    await c.waitFor(() => neighbourUris.every((u) => c.published.has(u)), 120000, 'all neighbours');
    for (const u of neighbourUris) assert.equal(c.published.get(u)!.length, 1, `${u} published once`);
    assert.equal(c.published.get(uri)!.length, 1, 'the open document is validated once, not again by the workspace check');
  } finally {
    await c.shutdown();
  }
});

test('an edit during the workspace check is published before the check reaches its last neighbour', async () => {
  ensureBuilt();
  const files: Record<string, string> = { 'edited.sandbox.yaml': generateManyFindingsConfig(50) };
  for (let i = 0; i < NEIGHBOURS; i++) files[`n/t${String(i).padStart(2, '0')}.sandbox.yaml`] = generateManyFindingsConfig(300);
  const ws = tempWorkspace(files);
  const neighbourUris = Object.keys(files).filter((f) => f.startsWith('n/')).map((f) => pathToFileURL(path.join(ws, f)).href);
  const c = new TestClient({ folders: [ws] });
  try {
    await c.initialize();
    const uri = c.open(path.join(ws, 'edited.sandbox.yaml'), files['edited.sandbox.yaml']);
    await c.diagnosticsFor(uri, 1, 60000);
    await c.waitFor(() => neighbourUris.some((u) => c.published.has(u)), 60000, 'first neighbour');
    const v = c.edit(uri, { range: { start: { line: 3, character: 6 }, end: { line: 3, character: 6 } }, newText: 'x' });
    const before = await c.waitFor(() => (c.published.get(uri)?.some((p) => p.version === v) ? { n: neighbourUris.filter((u) => c.published.has(u)).length } : undefined), 60000, 'edited document');
    assert.ok(before.n < NEIGHBOURS, `the edit waited for all ${NEIGHBOURS} neighbours`);
    await c.waitFor(() => neighbourUris.every((u) => c.published.has(u)), 120000, 'all neighbours');
  } finally {
    await c.shutdown();
  }
});
