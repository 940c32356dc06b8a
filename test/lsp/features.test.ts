// Completion and hover over the protocol.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { clientCapabilities, ensureBuilt, tempWorkspace, TestClient } from './client.js';
import { AGENTS_MD, BAD_CONFIG } from './fixtures.js';

let ws: string;
let client: TestClient;

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({
    'AGENTS.md': AGENTS_MD,
    '.sandbox-guard.yaml': 'stagingHosts:\n  api.acme.com: api.staging.acme.com\n',
    'existing.sandbox.yaml': 'network:\n  allowlist:\n    - api.qa.widgets.io\n    - api-m.paypal.com\n',
  });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
  await client.request('sandboxGuard/checkWorkspace', {});
});
after(() => client.shutdown());

async function completeAt(file: string, text: string): Promise<CompletionItem[]> {
  const cursor = text.indexOf('|');
  const clean = text.replace('|', '');
  const uri = client.open(path.join(ws, file), clean);
  const before = clean.slice(0, cursor).split('\n');
  const res = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
    textDocument: { uri },
    position: { line: before.length - 1, character: before[before.length - 1].length },
  });
  return Array.isArray(res) ? res : res?.items ?? [];
}

async function hoverAt(uri: string, line: number, character: number): Promise<string> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  return h ? (h.contents as MarkupContent).value : '';
}

test('completion in an allowlist item offers catalog sandbox hosts, never production ones', async () => {
  const items = await completeAt('c1.sandbox.yaml', 'network:\n  allowlist:\n    - api|\n');
  const labels = items.map((i) => i.label);
  const paypal = items.find((i) => i.label === 'api-m.sandbox.paypal.com');
  assert.ok(paypal, 'api-m.sandbox.paypal.com offered');
  assert.equal(paypal.detail, 'PayPal · sandbox');
  assert.match((paypal.documentation as MarkupContent).value, /Production equivalent: `api-m\.paypal\.com`/);
  assert.deepEqual(paypal.textEdit && 'range' in paypal.textEdit ? paypal.textEdit.range : undefined, { start: { line: 2, character: 6 }, end: { line: 2, character: 9 } });
  for (const prod of ['api-m.paypal.com', 'api.paypal.com', 'api.stripe.com', 'api.acme.com']) assert.ok(!labels.includes(prod), `${prod} must not be offered`);
  // the policy's staging host first, then the workspace's staging hosts
  assert.equal(items.find((i) => i.label === 'api.staging.acme.com')?.detail, 'Policy · staging');
  assert.ok(labels.includes('api.qa.widgets.io'), 'staging host used in the workspace');
});

test('completion in credential hosts, flow allowlists and env URLs', async () => {
  const hosts = await completeAt('c2.sandbox.yaml', 'credentials:\n  PAYPAL_KEY:\n    hosts:\n      - |\n');
  assert.ok(hosts.some((i) => i.label === 'api.sandbox.paypal.com'));
  const flow = await completeAt('c3.sandbox.yaml', 'network:\n  allowlist: [api.staging.example.com, |]\n');
  assert.ok(flow.some((i) => i.label === 'api-m.sandbox.paypal.com'));
  const env = await completeAt('c4.sandbox.yaml', 'env:\n  PAYPAL_BASE_URL: https://|\n');
  const item = env.find((i) => i.label === 'api-m.sandbox.paypal.com');
  assert.equal(item?.textEdit?.newText, 'https://api-m.sandbox.paypal.com');
  assert.ok(!env.some((i) => i.label === 'api-m.paypal.com'));
});

test('completion in an AGENTS.md URL offers the same staging hosts, never the production ones its configs allowlist', async () => {
  // existing.sandbox.yaml (governed by this AGENTS.md) allowlists api-m.paypal.com
  const items = await completeAt('AGENTS.md', `${AGENTS_MD}\nCall https://api|`);
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('api.qa.widgets.io'), 'the governed staging host');
  assert.ok(labels.includes('api-m.sandbox.paypal.com'), 'the catalog sandbox host');
  for (const prod of ['api-m.paypal.com', 'api.paypal.com', 'api.stripe.com', 'api.acme.com']) assert.ok(!labels.includes(prod), `${prod} must not be offered`);
  assert.equal(items.find((i) => i.label === 'api.staging.acme.com')?.detail, 'Policy · staging');
});

test('completion of keys, enum values and snippets from the schema', async () => {
  const top = await completeAt('k1.sandbox.yaml', 'network:\n  allowlist: []\n|');
  const labels = top.map((i) => i.label);
  assert.ok(labels.includes('credentials') && labels.includes('env'));
  assert.ok(!labels.includes('network'), 'present keys are not offered again');
  assert.match((top.find((i) => i.label === 'credentials')!.documentation as MarkupContent).value, /./);

  const cred = await completeAt('k2.sandbox.yaml', 'credentials:\n  STAGING_KEY:\n    source: vault\n    |\n');
  const credLabels = cred.map((i) => i.label);
  assert.ok(credLabels.includes('scope') && credLabels.includes('rate_limit') && !credLabels.includes('source'));
  const rl = cred.find((i) => i.label === 'rate_limit: rate limit');
  assert.ok(rl, 'rate_limit snippet');
  assert.equal(rl.insertTextFormat, 2);
  assert.equal(rl.textEdit?.newText, 'rate_limit:\n      requests: ${1:60}\n      per: minute');

  const scope = await completeAt('k3.sandbox.yaml', 'credentials:\n  STAGING_KEY:\n    scope: |\n');
  assert.deepEqual(scope.map((i) => i.label), ['task', 'session', 'pool']);
  assert.ok((scope[2].documentation as MarkupContent).value.length > 0, 'enum descriptions');

  const credentials = await completeAt('k4.sandbox.yaml', 'credentials:\n  |\n');
  assert.ok(credentials.some((i) => i.kind === 15 && /STAGING_API_KEY/.test(i.textEdit?.newText ?? '')), 'whole-credential snippet');
});

test('the policy file gets completion from the policy schema', async () => {
  const items = await completeAt('sub/.sandbox-guard.yaml', 'rules: {}\n|');
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('stagingHosts') && labels.includes('productionHosts') && !labels.includes('rules'), String(labels));
});

test('hover on a key shows the schema description', async () => {
  const uri = client.open(path.join(ws, 'h1.sandbox.yaml'), BAD_CONFIG);
  await client.diagnosticsFor(uri, 1);
  assert.match(await hoverAt(uri, 1, 4), /^\*\*allowlist\*\*\n\nHosts the task may reach/);
});

test('hover on a production host shows the catalog facts and the staging equivalent; on a finding, the rule docs', async () => {
  const uri = client.open(path.join(ws, 'h2.sandbox.yaml'), BAD_CONFIG);
  await client.diagnosticsFor(uri, 1);
  const text = await hoverAt(uri, 2, 10);
  assert.match(text, /\*\*SG101 production-host\*\*/);
  assert.match(text, /\*\*Why:\*\*/);
  assert.match(text, /\[Documentation for production-host\]\(https:\/\/github\.com\/sandbox-guard\/sandbox-guard\/blob\/main\/docs\/rules\/production-host\.md\)/);
  assert.match(text, /\*\*api-m\.paypal\.com\*\* — production/);
  assert.match(text, /PayPal · production/);
  assert.match(text, /confidence: verified-in-docs/);
  assert.match(text, /api-m\.sandbox\.paypal\.com/);
});

test('hover never shows a secret value', async () => {
  const secret = 'sk_live_51HabcdefghijklmnopqrstuvWXyz0123456789';
  const uri = client.open(path.join(ws, 'h3.sandbox.yaml'), `env:\n  STRIPE_KEY: ${secret}\n  API_URL: https://user:hunter2@api.sandbox.paypal.com/v1\n`);
  await client.diagnosticsFor(uri, 1);
  for (const [line, ch] of [[1, 20], [1, 5], [2, 40], [2, 20]]) {
    const text = await hoverAt(uri, line, ch);
    // not the key, not even its redacted tail; not the URL's password
    assert.ok(!text.includes(secret.slice(8, 20)) && !text.includes('6789') && !text.includes('hunter2'), `hover at ${line}:${ch} leaked: ${text}`);
  }
  assert.match(await hoverAt(uri, 2, 40), /\*\*api\.sandbox\.paypal\.com\*\* — sandbox/);
});

test('clients that resolve lazily get host documentation from completionItem/resolve', async () => {
  const lazy = new TestClient({ folders: [ws], capabilities: clientCapabilities(true) });
  try {
    await lazy.initialize();
    const uri = lazy.open(path.join(ws, 'lazy.sandbox.yaml'), 'network:\n  allowlist:\n    - \n');
    const res = await lazy.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 6 } });
    const item = res.items.find((i) => i.label === 'api-m.sandbox.paypal.com')!;
    assert.equal(item.documentation, undefined);
    const resolved = await lazy.request<CompletionItem>('completionItem/resolve', item);
    assert.match((resolved.documentation as MarkupContent).value, /Production equivalent: `api-m\.paypal\.com`/);
  } finally {
    await lazy.shutdown();
  }
});
