// The sandbox-key checklist: deterministic Markdown (golden), never a secret value, ticks kept on regeneration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES, golden, runCli, tempTree } from './helpers.js';
import { generateChecklist, mergeChecklist } from '../../server/src/engine/checklist/index.js';
import { guessProvider } from '../../server/src/engine/checklist/provider.js';
import { loadCatalog } from '../../server/src/catalog/catalog.js';

// assembled at run time, so this file never holds a scannable key
const LIVE_KEY = ['sk_', 'live_', '51HabcdefghijklmnopqrstuvwxYZ0123456789'].join('');

const FIXTURE = path.join(FIXTURES, 'checklist', 'payments.sandbox.yaml');
const text = fs.readFileSync(FIXTURE, 'utf8');

test('checklist for a two-config file (golden), identical on every run', () => {
  const r = runCli(['checklist', 'test/cli/fixtures/checklist/payments.sandbox.yaml']);
  assert.equal(r.code, 0, r.stderr);
  const g = golden('checklist.md', r.stdout);
  assert.equal(g.actual, g.expected);
  assert.equal(generateChecklist(text, { path: 'test/cli/fixtures/checklist/payments.sandbox.yaml' }), r.stdout);
});

test('the checklist covers every step for each credential', () => {
  const md = generateChecklist(text);
  const stripe = md.slice(md.indexOf('### STRIPE_TEST_KEY'), md.indexOf('### STAGING_PAYPAL_CLIENT'));
  for (const step of [
    /Create a dedicated key .* at Stripe .* \*\*read-only\*\* permissions only\. Stripe serves test and live mode on the same host: create a \*\*test-mode\*\* key\./,
    /Label the key "Codex sandbox" at Stripe/,
    /Store the key in HashiCorp Vault under `secret\/codex\/stripe-test`/,
    /`STRIPE_API_BASE` -> `api\.stripe\.com`/,
    /rate limit at Stripe for 3 parallel tasks \(the config expects 25 requests per second\)/,
    /Verify in a test task/,
    /#### Rotate STRIPE_TEST_KEY/,
    /Refresh the warm-pool snapshots/,
    /Revoke the old key at Stripe/,
    /#### Revoke STRIPE_TEST_KEY/,
  ]) assert.match(stripe, step);
  // rotation steps in the order of the runbook: new key, secrets manager, snapshots, verify, revoke
  const rotate = stripe.slice(stripe.indexOf('#### Rotate'));
  const order = ['Generate a new key', 'Update HashiCorp Vault', 'Refresh the warm-pool', 'Verify in a test task', 'Revoke the old key'].map((s) => rotate.indexOf(s));
  assert.deepEqual([...order].sort((a, b) => a - b), order);
  assert.ok(!order.includes(-1));
  // no pool scope, no snapshot step
  const paypal = md.slice(md.indexOf('### STAGING_PAYPAL_CLIENT'), md.indexOf('### INTERNAL_API_TOKEN'));
  assert.doesNotMatch(paypal, /warm-pool/);
  assert.match(paypal, /- PayPal .*\(guessed from name `STAGING_PAYPAL_CLIENT`\)/);
  assert.match(paypal, /\*\*read-write\*\* permissions, as the config asks; reduce to read-only/);
  assert.match(paypal, /\(the config says `payments bot`\)/);
});

test('never prints secret values or env values, only names and hosts', () => {
  const md = generateChecklist(text);
  assert.ok(!md.includes('sk_live_51Hx9'), 'a value field leaked');
  assert.ok(!md.includes('token=abc'), 'an env value (query string) leaked');
  assert.ok(!md.includes('debug'), 'an unrelated env value leaked');
  assert.match(md, /`INTERNAL_API_URL` -> `api\.staging\.example\.com`/);
  assert.match(md, /the config's `source` is `plaintext`/);
});

test('never prints a password written in a URL (allowlist entry, credential hosts, ref)', () => {
  const md = generateChecklist([
    'network:',
    '  allowlist: ["https://deploy:S3cr3tPassw0rdXYZ@api.staging.example.com/v1"]',
    'credentials:',
    '  STAGING_KEY:',
    '    source: vault',
    '    ref: "https://vault:Sup3rS3cretVaultPw@vault.example.com/v1/secret"',
    '    hosts: ["https://bob:Passw0rdBobBob1@api.staging.example.com"]',
    '',
  ].join('\n'));
  for (const pw of ['S3cr3tPassw0rdXYZ', 'Sup3rS3cretVaultPw', 'Passw0rdBobBob1']) assert.ok(!md.toLowerCase().includes(pw.toLowerCase()), `${pw} leaked:\n${md}`);
  assert.match(md, /Allowlisted hosts: `https:\/\/…@api\.staging\.example\.com\/v1`/);
  assert.match(md, /under `https:\/\/…@vault\.example\.com\/v1\/secret`/);
});

test('broken and empty configs still give a checklist, not a crash', () => {
  assert.match(generateChecklist(''), /holds no task settings/);
  assert.match(generateChecklist('network: [\n'), /YAML problem\(s\): run `sandbox-guard check` first/);
  assert.match(generateChecklist('['.repeat(5000)), /YAML problem/);
  assert.match(generateChecklist('name: x\n'), /no credentials/);
});

test('mergeChecklist keeps ticked boxes under the same headings, and only those', () => {
  const fresh = generateChecklist(text);
  const ticked = fresh
    .replace('- [ ] Label the key "Codex sandbox" at Stripe', '- [x] Label the key "Codex sandbox" at Stripe')
    // the same item text exists under every credential's Rotate section: only this one is ticked
    .replace(/(#### Rotate STRIPE_TEST_KEY\n\n)- \[ \] Generate/, '$1- [X] Generate');
  const merged = mergeChecklist(ticked, fresh);
  assert.equal((merged.match(/- \[x\]/g) ?? []).length, 2);
  assert.match(merged, /- \[x\] Label the key "Codex sandbox" at Stripe/);
  assert.match(merged, /#### Rotate STRIPE_TEST_KEY\n\n- \[x\] Generate a new key at Stripe/);
  assert.match(merged, /#### Rotate STAGING_PAYPAL_CLIENT\n\n- \[ \] Generate/);
  assert.equal(mergeChecklist(fresh, fresh), fresh);
});

test('mergeChecklist: a changed item is unticked (it is a new step); a moved unique item keeps its tick', () => {
  const old = '# T\n\n## A\n\n- [x] step one\n- [x] unique step\n';
  const next = '# T\n\n## B\n\n- [ ] step one changed\n- [ ] unique step\n';
  assert.equal(mergeChecklist(old, next), '# T\n\n## B\n\n- [ ] step one changed\n- [x] unique step\n');
});

test('the checklist is plain ASCII: no em dash or arrow for VS Code to box as an ambiguous character', () => {
  const md = generateChecklist(text, { path: 'payments.sandbox.yaml' });
  const odd = [...md].filter((ch) => ch.charCodeAt(0) > 0x7e);
  assert.deepEqual(odd, []);
});

test('mergeChecklist keeps ticks from a checklist written with the old em dash and arrow punctuation', () => {
  const old = '# T\n\n## KEY \u2014 Stripe\n\n- [x] Inject: `A` \u2192 `b.example`.\n';
  const next = '# T\n\n## KEY - Stripe\n\n- [ ] Inject: `A` -> `b.example`.\n';
  assert.equal(mergeChecklist(old, next), '# T\n\n## KEY - Stripe\n\n- [x] Inject: `A` -> `b.example`.\n');
});

test('checklist --output merges with the existing file and keeps its ticks', () => {
  const dir = tempTree({ 'a.sandbox.yaml': text });
  assert.equal(runCli(['checklist', 'a.sandbox.yaml', '--output', 'KEYS.md'], { cwd: dir }).code, 0);
  const file = path.join(dir, 'KEYS.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('- [ ] Store the key in HashiCorp Vault', '- [x] Store the key in HashiCorp Vault'));
  const r = runCli(['checklist', 'a.sandbox.yaml', '-o', 'KEYS.md'], { cwd: dir });
  assert.equal(r.stderr, 'wrote KEYS.md\n');
  assert.match(fs.readFileSync(file, 'utf8'), /- \[x\] Store the key in HashiCorp Vault under `secret\/codex\/stripe-test`/);
});

test('checklist of an unreadable file is an error with the reason', () => {
  const dir = tempTree({ 'bin.sandbox.yaml': Buffer.from([0, 1, 2]) });
  const r = runCli(['checklist', 'bin.sandbox.yaml'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cannot make a checklist from bin\.sandbox\.yaml: File looks binary/);
});

test('guessProvider: by catalog host, by provider id in the name, else none', () => {
  const cat = loadCatalog();
  assert.equal(guessProvider('KEY', ['api.stripe.com'], cat)?.name, 'Stripe');
  assert.equal(guessProvider('STAGING_TWILIO_TOKEN', [], cat)?.name.startsWith('Twilio'), true);
  assert.equal(guessProvider('STAGING_API_KEY', ['api.staging.example.com'], cat), undefined);
  // a provider id must be a whole name part: "UPSTREAM" is not UPS
  assert.equal(guessProvider('UPSTREAM_KEY', [], cat), undefined);
});

test('the checklist finds a credential host in env values however the URL is written (trailing dot, port, case, IDN, IPv6, backslash)', () => {
  const config = (hosts: string, url: string) => `credentials:\n  STAGING_KEY:\n    source: vault\n    hosts: [${hosts}]\nenv:\n  API_BASE: "${url}"\n`;
  const rows: [string, string, string][] = [
    ['api.staging.example.com', 'https://API.staging.example.com.:443/v1', 'api.staging.example.com'],
    ['api.staging.example.com', 'api.staging.example.com:8443/path', 'api.staging.example.com'],
    ['xn--bcher-kva.example', 'https://bücher.example/', 'xn--bcher-kva.example'],
    ['"[::1]"', 'http://[::1]:8080/', '::1'],
    ['api.staging.example.com', 'https://api.staging.example.com\\\\@other.example.com/v1', 'api.staging.example.com'],
  ];
  for (const [hosts, url, shown] of rows) {
    const md = generateChecklist(config(hosts, url));
    assert.ok(md.includes(`\`API_BASE\` -> \`${shown}\``), `${url}:\n${md}`);
  }
});

// issue 11: the Stripe case. A live key, POST and a shared host: the checklist opens with the errors and
// never calls api.stripe.com "the staging endpoint".
const STRIPE_LIVE = `version: 1
name: stripe-refunds
network:
  allowlist:
    - api.stripe.com
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

test('a config with errors: the checklist opens with a warning block listing them (live key, shared host, write methods)', () => {
  const md = generateChecklist(STRIPE_LIVE, { path: 'stripe.sandbox.yaml' });
  const lines = md.split('\n');
  const warn = lines.findIndex((l) => l.startsWith('> **Warning: the config still has 4 errors.**'));
  assert.ok(warn > 0 && warn < lines.findIndex((l) => l.startsWith('## ')), 'the warning comes before the first credential');
  assert.match(md, /^> - line 5: `api\.stripe\.com` in `allowlist` serves both test and live mode of Stripe.* \(SG101\)$/m);
  assert.match(md, /^> - line 6: `methods` allows POST while the file holds a live Stripe key \(`sk_live_\.\.\.6789` in `STRIPE_SECRET_KEY`, line 16\).* \(SG303\)$/m);
  assert.match(md, /^> - line 15: `STRIPE_API_BASE` points at `api\.stripe\.com`.* \(SG301\)$/m);
  assert.match(md, /^> - line 16: LIVE Stripe key `sk_live_\.\.\.6789` in `STRIPE_SECRET_KEY`.* \(SG202\)$/m);
  assert.ok(!md.includes(LIVE_KEY.slice(0, 12)), 'the key leaked');
  assert.doesNotMatch(md, /staging endpoint/);
  assert.match(md, /- \[ \] Inject the endpoint as an environment variable \(never let the agent pick it\): `STRIPE_API_BASE` -> `api\.stripe\.com` \(serves test and live mode: only with a \*\*test-mode\*\* key\)\./);
});

test('a production host is never "the staging endpoint"; a clean config has no warning block', () => {
  const prod = 'network:\n  allowlist: [api-m.paypal.com]\n  methods: [GET]\ncredentials:\n  PAYPAL_CLIENT:\n    source: vault\n    hosts: [api-m.paypal.com]\nenv:\n  PAYPAL_BASE: https://api-m.paypal.com\n';
  const md = generateChecklist(prod);
  assert.doesNotMatch(md, /staging endpoint/);
  assert.match(md, /`PAYPAL_BASE` -> `api-m\.paypal\.com` \(a \*\*production\*\* host: point it at the staging host first\)/);
  assert.match(md, /^> - line 2: `api-m\.paypal\.com` in `allowlist` is a production host of PayPal/m);
  const clean = generateChecklist(prod.replace(/api-m\.paypal\.com/g, 'api-m.sandbox.paypal.com'));
  assert.doesNotMatch(clean, /Warning: the config still has/);
  assert.match(clean, /Inject the staging endpoint as an environment variable .*`PAYPAL_BASE` -> `api-m\.sandbox\.paypal\.com`\./);
});

test('checklist on a file that is neither a task config nor an agent settings file is a usage error (exit 2) saying what the file is', () => {
  const dir = tempTree({ 'AGENTS.md': '# Agents\n', 'notes.yaml': 'a: 1\n', '.sandbox-guard.yaml': 'version: 1\n' });
  const agents = runCli(['checklist', 'AGENTS.md'], { cwd: dir });
  assert.equal(agents.code, 2);
  assert.equal(agents.stdout, '');
  assert.equal(agents.stderr, 'sandbox-guard: checklist needs a task config (*.sandbox.yaml, *.sandbox.yml, sandbox.yaml, sandbox.yml, or a file matched by `files` in the policy) or an agent settings file; AGENTS.md is an AGENTS.md file.\n');
  const other = runCli(['checklist', 'notes.yaml'], { cwd: dir });
  assert.equal(other.code, 2);
  assert.match(other.stderr, /; notes\.yaml is not a task config or agent settings file\.\n$/);
  assert.match(runCli(['checklist', '.sandbox-guard.yaml'], { cwd: dir }).stderr, /is a policy file\.\n$/);
});

test('checklist of a missing file says it does not exist, not "a broken symbolic link?"', () => {
  const dir = tempTree({});
  const r = runCli(['checklist', 'gone.sandbox.yaml'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'sandbox-guard: cannot make a checklist from gone.sandbox.yaml: File does not exist: it was not checked.\n');
});

test('a declaration changed by a fix gets its own item: replace or rotate the key, then delete the note', () => {
  const cfg = 'version: 1\nname: paypal\nnetwork:\n  allowlist: [api-m.sandbox.paypal.com]\n  methods: [GET]\ncredentials:\n  STAGING_PAYPAL_CLIENT:\n    source: vault\n    ref: kv/paypal\n    scope: task  # sandbox-guard: was pool until the key is rotated\n    permissions: read-only  # sandbox-guard: was admin until the key is replaced\n';
  const md = generateChecklist(cfg);
  assert.match(md, /^- \[ \] Replace the key at PayPal \(REST, NVP\/SOAP, checkout\) with a read-only one: the config said `permissions: admin` before it was changed\. Then delete the `sandbox-guard: was admin` note beside `permissions` in the config\.$/m);
  assert.match(md, /^- \[ \] Rotate the key at PayPal \(REST, NVP\/SOAP, checkout\): the config said `scope: pool` before it was changed, and the old key stays in warm-pool snapshots \(refresh them\)\. Then delete the `sandbox-guard: was pool` note beside `scope` in the config\.$/m);
  const done = generateChecklist(cfg.replace(/ {2}# sandbox-guard: was [a-z]+ until the key is [a-z]+/g, ''));
  assert.doesNotMatch(done, /Replace the key at|Rotate the key at PayPal \(REST, NVP\/SOAP, checkout\):/);
});
