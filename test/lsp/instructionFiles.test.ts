// Instruction files beside AGENTS.md in the editor: the workspace check finds CLAUDE.md and
// .github/copilot-instructions.md, findings on the configs name the file that governs them, edits to them
// re-check the configs, and an AGENTS.override.md opened beside AGENTS.md takes over its configs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { AGENTS_MD } from './fixtures.js';

let ws: string;
let client: TestClient;
const uriOf = (p: string) => pathToFileURL(p).href;
const CONFIG = 'network:\n  allowlist:\n    - api.staging.example.com\n    - api.paypal.com\n  methods: [GET]\n';
const FORBIDS = `${AGENTS_MD}\nNever call api.paypal.com from a task.\n`;
const codes = (ds: Diagnostic[] | undefined) => (ds ?? []).map((d) => String(d.code));

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({
    'claude/CLAUDE.md': '# Claude\n\nRun the tests.\n',
    'claude/c.sandbox.yaml': CONFIG,
    '.github/copilot-instructions.md': '# Copilot\n\nUse pnpm.\n',
    'codex/AGENTS.md': FORBIDS,
    'codex/x.sandbox.yaml': CONFIG,
    '.github/workflows/copilot-setup-steps.yml': 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: api.paypal.com\njobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n',
  });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
});
after(() => client.shutdown());

test('the workspace check reports on CLAUDE.md and .github/copilot-instructions.md by their own names', async () => {
  const claude = uriOf(path.join(ws, 'claude/CLAUDE.md'));
  const copilot = uriOf(path.join(ws, '.github/copilot-instructions.md'));
  await client.waitFor(() => client.lastPublish(claude) && client.lastPublish(copilot), 10000, 'workspace check');
  assert.match(String(client.lastPublish(claude)!.diagnostics.find((d) => d.code === 'SG401')!.message), /^CLAUDE\.md has no Rules section/);
  assert.match(String(client.lastPublish(copilot)!.diagnostics.find((d) => d.code === 'SG401')!.message), /^\.github\/copilot-instructions\.md has no Rules section/);
});

test('a config governed by CLAUDE.md names it, and follows unsaved edits to it', async () => {
  const claude = uriOf(path.join(ws, 'claude/CLAUDE.md'));
  const config = uriOf(path.join(ws, 'claude/c.sandbox.yaml'));
  const sg501 = await client.waitFor(() => client.lastPublish(config)?.diagnostics.find((d) => d.code === 'SG501'), 10000, 'SG501 on the config');
  assert.equal(String(sg501.message), 'The CLAUDE.md governing this task config (CLAUDE.md) has no Rules section with the staging-only rules: the agent is not told to stay on staging. Add the rules there.');
  assert.equal(sg501.relatedInformation?.[0].location.uri, claude);
  client.open(path.join(ws, 'claude/CLAUDE.md'), '# Claude\n\nRun the tests.\n', 'markdown');
  client.change(claude, AGENTS_MD);
  await client.waitFor(() => !codes(client.lastPublish(config)?.diagnostics).includes('SG501'), 10000, 'SG501 gone after CLAUDE.md gained the rules');
});

test('an AGENTS.override.md opened beside AGENTS.md governs instead: AGENTS.md loses its cross-file finding', async () => {
  const agents = uriOf(path.join(ws, 'codex/AGENTS.md'));
  const config = uriOf(path.join(ws, 'codex/x.sandbox.yaml'));
  await client.waitFor(() => codes(client.lastPublish(agents)?.diagnostics).includes('SG503'), 10000, 'SG503 on AGENTS.md');
  assert.match(String(client.lastPublish(config)!.diagnostics.find((d) => d.code === 'SG503')!.message), /but AGENTS\.md says/);
  // unsaved: the override exists only in the editor
  client.open(path.join(ws, 'codex/AGENTS.override.md'), AGENTS_MD, 'markdown');
  await client.waitFor(() => !codes(client.lastPublish(config)?.diagnostics).includes('SG503'), 10000, 'the config follows the override');
  await client.waitFor(() => !codes(client.lastPublish(agents)?.diagnostics).includes('SG503'), 10000, 'AGENTS.md governs nothing now');
});

test('an unsaved edit to .github/copilot-instructions.md re-checks the Copilot setup steps (SG503 on the allow list)', async () => {
  const instructions = uriOf(path.join(ws, '.github/copilot-instructions.md'));
  const workflow = uriOf(path.join(ws, '.github/workflows/copilot-setup-steps.yml'));
  await client.waitFor(() => client.lastPublish(workflow), 10000, 'workflow checked');
  assert.ok(!codes(client.lastPublish(workflow)!.diagnostics).includes('SG503'));
  client.open(path.join(ws, '.github/copilot-instructions.md'), '# Copilot\n\nUse pnpm.\n', 'markdown');
  client.change(instructions, `${AGENTS_MD}\nNever call api.paypal.com from a task.\n`);
  const d = await client.waitFor(() => client.lastPublish(workflow)?.diagnostics.find((x) => x.code === 'SG503'), 10000, 'SG503 on the workflow');
  assert.equal(d.relatedInformation?.[0].location.uri, instructions);
});
