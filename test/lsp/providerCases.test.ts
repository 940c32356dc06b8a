// Issue 11, end to end in the editor: the Stripe, Twilio and PayPal cases over the protocol (diagnostics with
// related information, quick fixes and their titles, what fix-all leaves alone, provider-aware completion).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, ensureBuilt, tempWorkspace, TestClient } from './client.js';

let ws: string;
let client: TestClient;

// assembled at run time, so this file never holds a scannable key
const LIVE_KEY = ['sk_', 'live_', '51HabcdefghijklmnopqrstuvwxYZ0123456789'].join('');

const STRIPE = `version: 1
name: stripe-refunds
network:
  allowlist:
    - api.stripe.com
    - hooks.staging.stripe.com
  methods: [GET, POST]
credentials:
  STRIPE_API_KEY:
    source: vault
    ref: kv/stripe/test
    scope: task
    permissions: read-write
    hosts: [api.stripe.com]
env:
  STRIPE_API_BASE: https://api.stripe.com
  STRIPE_SECRET_KEY: ${LIVE_KEY}
`;

const TWILIO = `version: 1
name: sms
network:
  allowlist:
    - api.sandbox.twilio.com
  methods: [GET]
credentials:
  TWILIO_AUTH_TOKEN:
    source: vault
    ref: kv/twilio/test
    scope: pool
    permissions: admin
`;

const PAYPAL = `version: 1
name: payouts
network:
  allowlist:
    - api-m.paypal.com  # production
  methods: [GET]
credentials:
  PAYPAL_CLIENT:
    source: vault
    ref: kv/paypal
    scope: task
    permissions: admin
    hosts: [api-m.paypal.com]
`;

before(async () => {
  ensureBuilt();
  ws = tempWorkspace({ 'AGENTS.md': '# Agents\n\n## Rules\n\n- Use staging or sandbox endpoints only; never production.\n- Only staging or sandbox API keys.\n' });
  client = new TestClient({ folders: [ws] });
  await client.initialize();
});
after(() => client.shutdown());

const text = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

const actionsFor = (uri: string, d: Diagnostic) =>
  client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
const fixAll = (uri: string) =>
  client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.sandboxGuard'] } });

test('Stripe: the live key escalates the shared-host findings to errors with related information at the key; POST beside it is an error', async () => {
  const uri = client.open(path.join(ws, 'stripe.sandbox.yaml'), STRIPE);
  const diags = await client.diagnosticsFor(uri, 1);
  const byCode = (c: string) => diags.filter((d) => d.code === c);
  const shared = byCode('SG101')[0];
  assert.equal(shared.severity, 1);
  assert.match(text(shared), /This file holds a live Stripe key \(`sk_live_…6789` in `STRIPE_SECRET_KEY`, line 17\)/);
  assert.deepEqual(shared.relatedInformation?.map((r) => [r.location.range.start.line, r.message]), [[16, 'live Stripe key `sk_live_…6789` in `STRIPE_SECRET_KEY`']]);
  assert.equal(byCode('SG301')[0].severity, 1);
  const post = byCode('SG303')[0];
  assert.equal(post.severity, 1);
  assert.match(text(post), /^`methods` allows POST while the file holds a live Stripe key/);
  const unverified = byCode('SG102')[0];
  assert.match(text(unverified), /^`hooks\.staging\.stripe\.com` in `allowlist` is under stripe\.com, but despite the `staging` in its name, Stripe documents no such host/);
  // no swap to a shared host is offered as a fix: it is safe only with a test-mode key
  assert.deepEqual((await actionsFor(uri, unverified)).filter((a) => a.edit && !a.title.startsWith('Disable ')).map((a) => a.title), []);
  for (const d of diags) assert.ok(!text(d).includes(LIVE_KEY), 'the key leaked');
});

test('Twilio: the invented sandbox host is SG102; fix-all does not apply declaration-only fixes; their quick fixes say what must happen', async () => {
  const uri = client.open(path.join(ws, 'twilio.sandbox.yaml'), TWILIO);
  const diags = await client.diagnosticsFor(uri, 1);
  const host = diags.find((d) => d.code === 'SG102')!;
  assert.match(text(host), /Twilio has no separate sandbox host: it offers test credentials against the production host `api\.twilio\.com`/);
  const perm = diags.find((d) => d.code === 'SG205')!;
  const titles = (await actionsFor(uri, perm)).filter((a) => !a.title.startsWith('Disable ') && a.edit).map((a) => a.title);
  assert.deepEqual(titles, ['Declare read-only - then replace the key at Twilio with a read-only one']);
  const scope = diags.find((d) => d.code === 'SG204')!;
  const scopeFix = (await actionsFor(uri, scope)).find((a) => a.title.startsWith('Declare scope: task'))!;
  assert.equal(scopeFix.title, 'Declare scope: task - then rotate the key at Twilio (the old key stays in the warm-pool snapshots it was baked into)');
  const all = await fixAll(uri);
  const fixed = all[0]?.edit ? applyWorkspaceEdit(TWILIO, uri, all[0].edit) : TWILIO;
  assert.match(fixed, /permissions: admin\n/, 'fix-all declared read-only');
  assert.match(fixed, /scope: pool\n/, 'fix-all declared scope: task');
  // applied by hand, the fix leaves an info finding until the key is replaced
  const v = client.change(uri, applyWorkspaceEdit(TWILIO, uri, (await actionsFor(uri, perm)).find((a) => a.title.startsWith('Declare read-only'))!.edit!));
  const after = await client.diagnosticsFor(uri, v);
  const left = after.filter((d) => d.code === 'SG205');
  assert.deepEqual(left.map((d) => [d.severity, text(d)]), [[3, 'Credential `TWILIO_AUTH_TOKEN` declares `permissions: read-only`, but its note says it was `admin`: the key at Twilio keeps those rights until it is replaced. Replace it with a read-only key, tick the item in the key checklist and delete the note; or give a reason in a suppression comment.']]);
});

test('PayPal: the preferred quick fix swaps the host everywhere and drops the `# production` comment beside it', async () => {
  const uri = client.open(path.join(ws, 'paypal.sandbox.yaml'), PAYPAL);
  const diags = await client.diagnosticsFor(uri, 1);
  const prod = diags.find((d) => d.code === 'SG101')!;
  const preferred = (await actionsFor(uri, prod)).find((a) => a.isPreferred)!;
  assert.equal(preferred.title, 'Replace with staging host api-m.sandbox.paypal.com (and 1 credential host/env reference) (and drop its production comment)');
  const fixed = applyWorkspaceEdit(PAYPAL, uri, preferred.edit!);
  assert.match(fixed, /\n {4}- api-m\.sandbox\.paypal\.com\n/);
  assert.match(fixed, /hosts: \[api-m\.sandbox\.paypal\.com\]/);
  assert.doesNotMatch(fixed, /# production/);
});

test('completion in a PayPal config offers PayPal sandbox hosts first; in a Stripe config the no-sandbox item first', async () => {
  const items = async (name: string, text: string) => {
    const cursor = text.indexOf('|');
    const clean = text.replace('|', '');
    const uri = client.open(path.join(ws, name), clean);
    const before = clean.slice(0, cursor).split('\n');
    const r = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: before.length - 1, character: before[before.length - 1].length } });
    const list = Array.isArray(r) ? r : r.items;
    return list.sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0));
  };
  const paypal = await items('c1.sandbox.yaml', 'credentials:\n  PAYPAL_CLIENT:\n    source: vault\nnetwork:\n  allowlist:\n    - |\n');
  assert.match(paypal[0].label, /sandbox\.paypal\.com$/);
  const stripe = await items('c2.sandbox.yaml', 'credentials:\n  STRIPE_SECRET_KEY:\n    source: vault\nnetwork:\n  allowlist:\n    - stripe|\n');
  assert.deepEqual([stripe[0].label, stripe[0].detail], ['api.stripe.com', 'Stripe · no sandbox host: use a test-mode key']);
});
