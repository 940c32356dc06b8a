// One reader, one answer: a file the CLI refuses (not UTF-8, a NUL byte, over the size limit — for every
// file kind) gets the very same SG000 finding in the editor, whether the server reads it from disk
// (workspace check) or the editor sends it open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { runCli } from '../cli/helpers.js';
import { ensureBuilt, tempWorkspace, TestClient } from './client.js';

const CONFIG = 'network:\n  allowlist:\n    - api.paypal.com\n';
const OVER_LIMIT = 2 * 1024 * 1024 + 10;
const bigTask = CONFIG + '# ' + 'x'.repeat(OVER_LIMIT) + '\n';
const bigAgents = '# AGENTS.md\n\n## Rules\n\n' + '- NEVER call production API endpoints from cloud tasks\n'.repeat(Math.ceil(OVER_LIMIT / 50));

// bytes as they are on disk; `latin1` is "café" saved as Latin-1 (0xE9), which is not UTF-8
const FILES: Record<string, Buffer> = {
  'latin1.sandbox.yaml': Buffer.from(`name: caf\u00e9-tests\n${CONFIG}`, 'latin1'),
  'nul.sandbox.yaml': Buffer.from(`name: x\u0000\n${CONFIG}`, 'utf8'),
  'big.sandbox.yaml': Buffer.from(bigTask, 'utf8'),
  'docs/AGENTS.md': Buffer.from(bigAgents, 'utf8'),
  'nul/AGENTS.md': Buffer.from('## Rules\n\n- never\u0000\n', 'utf8'),
  'big/.claude/settings.json': Buffer.from(`{ "sandbox": { "network": { "allowedDomains": ["api.paypal.com"] } }, "x": "${'x'.repeat(OVER_LIMIT)}" }`, 'utf8'),
  'nul/.srt-settings.json': Buffer.from('{ "network": { "allowedDomains": ["api.paypal.com\u0000"] } }', 'utf8'),
  'nul/.codex/config.toml': Buffer.from('sandbox_mode = "read-only\u0000"\n', 'utf8'),
};

// readable agent settings: the same findings (every rule, ranges and messages) in the terminal and the editor
const SETTINGS: Record<string, string> = {
  'app/.claude/settings.json': '{\n  // team settings\n  "sandbox": {\n    "enabled": true,\n    "network": { "allowedDomains": ["api.paypal.com", "*.amazonaws.com"] }\n  },\n  "permissions": { "allow": ["WebFetch(domain:api-m.paypal.com)"] },\n  "env": { "PROD_DB_URL": "postgres://db/app" }\n}\n',
  'app/.srt-settings.json': '{ "network": { "allowedDomains": ["api.paypal.com:443"] }, "credentials": { "envVars": [{ "name": "PAYPAL_TOKEN", "mode": "mask" }] } }\n',
};

/** Files the reader accepts, of the newer kinds: the editor must report exactly what the CLI reports. */
const READABLE: Record<string, string> = {
  '.github/workflows/copilot-setup-steps.yml': 'on: workflow_dispatch\nenv:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: registry.npmjs.org,api-m.paypal.com\njobs:\n  copilot-setup-steps:\n    runs-on: [self-hosted]\n    steps:\n      - run: curl https://api-m.paypal.com/v1/x\n        env:\n          KEY: ${{ secrets.PROD_PAYPAL_KEY }}\n',
  'svc/CLAUDE.md': '# Claude\n\nDebug against https://api-m.paypal.com.\n',
};
// a readable Codex config with findings of several rules (and a fix): the CLI and the editor agree on every one
const CODEX = 'codex/.codex/config.toml';
const CODEX_TEXT = 'approval_policy = "never"\nsandbox_mode = "danger-full-access"\n\n[permissions.ci.network.domains]\n"api-m.paypal.com" = "allow"  # payments\n';

let dir: string;
let client: TestClient;
const uriOf = (rel: string) => pathToFileURL(path.join(dir, rel)).href;

before(async () => {
  ensureBuilt();
  dir = tempWorkspace({});
  for (const [rel, bytes] of Object.entries({ ...FILES, ...SETTINGS, [CODEX]: Buffer.from(CODEX_TEXT, 'utf8') })) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), bytes);
  }
  for (const [rel, text] of Object.entries(READABLE)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  client = new TestClient({ folders: [dir] });
  await client.initialize();
});
after(() => client.shutdown());

type Spot = [string, string, number, number, number, number, string];

function cliSpots(rel: string): Spot[] {
  const r = runCli(['check', rel, '--format', 'json'], { cwd: dir });
  const [file] = JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }[] }[];
  return file.findings.map((f) => [f.ruleId, f.severity, f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1, f.message]);
}

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
const lspSpots = (ds: Diagnostic[]): Spot[] =>
  ds.map((d) => [String(d.code), SEVERITY[d.severity ?? 0], d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, String(d.message)]);

for (const rel of Object.keys(FILES)) {
  test(`${rel}: the workspace check reports what the CLI reports (SG000)`, async () => {
    const expected = cliSpots(rel);
    assert.deepEqual(expected.map((s) => s[0]), ['SG000']);
    const pub = await client.waitFor(() => client.lastPublish(uriOf(rel)), 20000, rel);
    assert.deepEqual(lspSpots(pub.diagnostics), expected);
  });
}

test('an open document with a NUL byte, or over the size limit, gets the CLI\'s SG000', async () => {
  for (const rel of ['nul.sandbox.yaml', 'big.sandbox.yaml', 'docs/AGENTS.md', 'nul/AGENTS.md', 'big/.claude/settings.json', 'nul/.srt-settings.json', 'nul/.codex/config.toml']) {
    const uri = client.open(path.join(dir, rel), FILES[rel].toString('utf8'), rel.endsWith('.md') ? 'markdown' : rel.endsWith('.json') ? 'jsonc' : rel.endsWith('.toml') ? 'toml' : 'yaml');
    assert.deepEqual(lspSpots(await client.diagnosticsFor(uri, 1, 20000)), cliSpots(rel), rel);
    client.close(uri);
  }
});

test('a Latin-1 config opened in the editor (decoded lossily) gets the CLI\'s SG000, and a real edit is checked', async () => {
  const rel = 'latin1.sandbox.yaml';
  const lossy = new TextDecoder('utf-8').decode(FILES[rel]);
  const uri = client.open(path.join(dir, rel), lossy);
  assert.deepEqual(lspSpots(await client.diagnosticsFor(uri, 1)), cliSpots(rel));
  // once the user retypes the text, it is what the editor will save (as UTF-8): checked normally
  const v = client.change(uri, `name: caf\u00e9-tests\n${CONFIG}`);
  const after = await client.diagnosticsFor(uri, v);
  assert.ok(!after.some((d) => d.code === 'SG000'));
  assert.ok(after.some((d) => d.code === 'SG101'), 'the production host is reported');
  client.close(uri);
});

for (const [rel, text] of Object.entries(READABLE)) {
  test(`${rel}: the editor reports what the CLI reports, from disk and open`, async () => {
    const expected = cliSpots(rel);
    assert.ok(expected.length >= 2, `findings expected in ${rel}: ${JSON.stringify(expected)}`);
    const pub = await client.waitFor(() => client.lastPublish(uriOf(rel)), 20000, rel);
    assert.deepEqual(lspSpots(pub.diagnostics), expected);
    const uri = client.open(path.join(dir, rel), text, rel.endsWith('.md') ? 'markdown' : 'yaml');
    assert.deepEqual(lspSpots(await client.diagnosticsFor(uri, 1, 20000)), expected);
    client.close(uri);
  });
}

for (const rel of Object.keys(SETTINGS)) {
  test(`${rel}: the workspace check and the open document report what the CLI reports`, async () => {
    const expected = cliSpots(rel);
    assert.ok(expected.some((x) => x[0] === 'SG101'), `${rel}: ${expected.map((x) => x[0])}`);
    const pub = await client.waitFor(() => client.lastPublish(uriOf(rel)), 20000, rel);
    assert.deepEqual(lspSpots(pub.diagnostics), expected);
    const uri = client.open(path.join(dir, rel), SETTINGS[rel], 'jsonc');
    assert.deepEqual(lspSpots(await client.diagnosticsFor(uri, 1)), expected);
    client.close(uri);
  });
}

test('a Codex config: the workspace check and the open document report exactly what the CLI reports', async () => {
  const expected = cliSpots(CODEX);
  assert.deepEqual(expected.map((s) => s[0]).sort(), ['SG101', 'SG622', 'SG624', 'SG625', 'SG626', 'SG627', 'SG629']);
  const pub = await client.waitFor(() => client.lastPublish(uriOf(CODEX)), 20000, CODEX);
  assert.deepEqual(lspSpots(pub.diagnostics), expected);
  const uri = client.open(path.join(dir, CODEX), CODEX_TEXT, 'toml');
  assert.deepEqual(lspSpots(await client.diagnosticsFor(uri, 1, 20000)), expected);
  client.close(uri);
});
