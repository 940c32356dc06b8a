// One staging-suggestion source for every completion: task-config host lists, env URLs and URLs in
// AGENTS.md offer staging hosts, never a production one, whatever the workspace allowlists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadCatalog } from '../../server/src/catalog/catalog.js';
import { agentsCompletions } from '../../server/src/models/agents/editor.js';
import { classifyHost } from '../../server/src/hosts/classify.js';
import { hostSuggestions } from '../../server/src/hosts/suggestions.js';
import { complete } from '../../server/src/lsp/completion.js';
import { extractHosts } from '../../server/src/lsp/hostIndex.js';
import { parsePolicy } from '../../server/src/kinds/policy/parse.js';
import { emptyPolicy } from '../../server/src/core/policy.js';
import { GOOD, memoryWorkspace } from '../agents/helpers.js';

const CONFIG = 'network:\n  allowlist:\n    - api-m.paypal.com\n    - api.stripe.com\n    - api.staging.example.com\n';
const UNSAFE = new Set(['production', 'shared', 'metadata']);

function taskLabels(text: string, workspaceConfig: string): string[] {
  const cursor = text.indexOf('|');
  const doc = TextDocument.create('file:///ws/c.sandbox.yaml', 'yaml', 1, text.replace('|', ''));
  const pos = doc.positionAt(cursor);
  const env = { kind: 'task' as const, policy: emptyPolicy(), workspaceHosts: () => extractHosts(workspaceConfig), snippets: true, resolve: false };
  return complete(doc, pos.line, pos.character, env).items.map((i) => i.label);
}

function agentsLabels(text: string, workspaceConfig: string): string[] {
  const ws = memoryWorkspace({ '/ws/AGENTS.md': text, '/ws/t.sandbox.yaml': workspaceConfig });
  return agentsCompletions(text, text.length, { path: '/ws/AGENTS.md', workspace: ws }).map((i) => i.label);
}

test('AGENTS.md: after `https://api` neither allowlisted production host is offered (the issue\'s case)', () => {
  const labels = agentsLabels(`${GOOD}\nCall https://api`, CONFIG);
  assert.ok(labels.includes('api.staging.example.com'), 'the governed staging host is offered');
  assert.ok(labels.includes('api-m.sandbox.paypal.com'), 'the catalog sandbox host is offered');
  for (const prod of ['api-m.paypal.com', 'api.stripe.com']) assert.ok(!labels.includes(prod), `${prod} must not be offered`);
});

test('task config: allowlist items and env URLs offer the same staging hosts, never the production ones', () => {
  for (const text of ['network:\n  allowlist:\n    - api|\n', 'env:\n  PAYPAL_BASE_URL: https://api|\n']) {
    const labels = taskLabels(text, CONFIG);
    assert.ok(labels.includes('api.staging.example.com') && labels.includes('api-m.sandbox.paypal.com'), text);
    for (const prod of ['api-m.paypal.com', 'api.stripe.com']) assert.ok(!labels.includes(prod), `${prod} offered in ${text}`);
  }
});

test('AGENTS.md: a production host named in the file or mapped by the policy is never offered either', () => {
  const text = `${GOOD}\nNever call https://api-m.paypal.com/v2.\nUse https://api`;
  // the policy maps a production host to another production host (SG952 drops that mapping)
  const policy = parsePolicy('stagingHosts:\n  api.acme.com: api.paypal.com\n', '/ws/.sandbox-guard.yaml').policy;
  const ws = memoryWorkspace({ '/ws/AGENTS.md': text });
  const labels = agentsCompletions(text, text.length, { path: '/ws/AGENTS.md', workspace: ws, policy }).map((i) => i.label);
  assert.ok(!labels.includes('api-m.paypal.com') && !labels.includes('api.paypal.com'), labels.join(', '));
});

// Generated: whatever hosts a workspace allowlists, no suggestion is classified production, shared or internal.
const catalogHosts = loadCatalog().providers.flatMap((p) => p.hosts.map((h) => h.host)).filter((h) => !h.includes('*') && !h.includes('{'));
test('generated workspaces: no suggestion from any source is a production, shared or internal host', () => {
  const catalog = loadCatalog();
  fc.assert(
    fc.property(fc.uniqueArray(fc.constantFrom(...catalogHosts, 'api.staging.example.com', '169.254.169.254', 'localhost'), { maxLength: 12 }), (hosts) => {
      const config = `network:\n  allowlist:\n${hosts.map((h) => `    - ${h}\n`).join('')}`;
      // a policy as loaded: mappings onto production hosts are dropped there (SG952)
      const policy = parsePolicy(`stagingHosts:\n${hosts.slice(0, 2).map((h, i) => `  p${i}.example.com: ${h}\n`).join('')}`, '/ws/.sandbox-guard.yaml').policy;
      for (const s of hostSuggestions(policy, extractHosts(config))) assert.ok(!UNSAFE.has(classifyHost(s.host, catalog, emptyPolicy()).kind) || policy.stagingHosts[`p0.example.com`] === s.host || policy.stagingHosts[`p1.example.com`] === s.host, s.host);
      const md = `${GOOD}\nhttps://`;
      const ws = memoryWorkspace({ '/ws/AGENTS.md': md, '/ws/t.sandbox.yaml': config });
      for (const c of agentsCompletions(md, md.length, { path: '/ws/AGENTS.md', workspace: ws, policy })) {
        assert.ok(!UNSAFE.has(classifyHost(c.label, catalog, policy).kind), c.label);
        assert.ok(!UNSAFE.has(classifyHost(c.label, catalog, emptyPolicy()).kind) || Object.values(policy.stagingHosts).includes(c.label), c.label);
      }
    }),
    { numRuns: 40 },
  );
});

// issue 11 §5: completion knows the provider in front of it
function ranked(text: string): { label: string; detail?: string }[] {
  const cursor = text.indexOf('|');
  const doc = TextDocument.create('file:///ws/c.sandbox.yaml', 'yaml', 1, text.replace('|', ''));
  const pos = doc.positionAt(cursor);
  const env = { kind: 'task' as const, policy: emptyPolicy(), workspaceHosts: () => [], snippets: true, resolve: false };
  return complete(doc, pos.line, pos.character, env).items
    .sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0))
    .map((i) => ({ label: i.label, detail: i.detail }));
}

test('a Stripe config: typing `- stripe` offers first the item that says Stripe has no sandbox host (test-mode key on api.stripe.com)', () => {
  const items = ranked('credentials:\n  STRIPE_SECRET_KEY:\n    source: vault\nnetwork:\n  allowlist:\n    - stripe|\n');
  assert.deepEqual(items[0], { label: 'api.stripe.com', detail: 'Stripe · no sandbox host: use a test-mode key' });
  assert.ok(!items.slice(0, 3).some((i) => /amazon|apple/i.test(`${i.label} ${i.detail}`)), JSON.stringify(items.slice(0, 3)));
});

test('a PayPal config: PayPal sandbox hosts come first, not a Twilio host or the catalog alphabetically', () => {
  const items = ranked('credentials:\n  PAYPAL_CLIENT:\n    source: vault\nnetwork:\n  allowlist:\n    - |\n');
  const paypal = items.findIndex((i) => !/sandbox\.paypal\.com$/.test(i.label));
  assert.ok(paypal >= 3, JSON.stringify(items.slice(0, 5)));
  assert.ok(items.slice(0, paypal).every((i) => /^PayPal · sandbox/.test(i.detail ?? '')), JSON.stringify(items.slice(0, paypal)));
});

test('a Twilio config pointed at by an env name and an invented host: the Twilio item first', () => {
  const items = ranked('network:\n  allowlist:\n    - api.sandbox.twilio.com\n    - |\nenv:\n  TWILIO_ACCOUNT_SID: ${SID}\n');
  assert.deepEqual(items[0], { label: 'api.twilio.com', detail: 'Twilio · no sandbox host: use a test-mode key' });
});

test('the shared-host item is offered only for a provider the file points at, and the source still never offers production hosts', () => {
  const plain = hostSuggestions(emptyPolicy(), []);
  assert.ok(!plain.some((s) => s.shared || s.host === 'api.stripe.com'));
  const withStripe = hostSuggestions(emptyPolicy(), [], { providers: ['stripe', 'paypal'] });
  const catalog = loadCatalog();
  for (const s of withStripe) {
    const kind = classifyHost(s.host, catalog, emptyPolicy()).kind;
    assert.ok(kind !== 'production' && kind !== 'metadata', s.host);
    if (kind === 'shared') assert.ok(s.shared && s.forFile && /no sandbox host/.test(s.detail), s.host);
  }
  assert.equal(withStripe[0].host, 'api.stripe.com');
  assert.match(withStripe[0].documentation, /\*\*Stripe has no separate sandbox host\.\*\* `api\.stripe\.com` serves test and live mode alike/);
});
