import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { CLEAN, CRED_BODY, findingsOf, runCase, type Case } from './helpers.js';

const cfg = (network: string, hosts: string) => `${network}credentials:\n  STAGING_API_KEY:\n${CRED_BODY}    hosts: ${hosts}\n`;
const BLOCK = 'network:\n  allowlist:\n    - api.staging.example.com  # checkout API\n';

const cases: Case[] = [
  { name: 'host not allowlisted', text: cfg(BLOCK, '[files.staging.example.com]'), expect: [[12, 13, 12, 38]], messages: ['is for `files.staging.example.com`, which is not in the allowlist'] },
  { name: 'two hosts, one missing (block list)', text: cfg(BLOCK, '\n      - api.staging.example.com\n      - "files.staging.example.com"'), expect: [[14, 9, 14, 36]] },
  { name: 'no network section at all', text: cfg('', '[api.staging.example.com]'), expect: [[9, 13, 9, 36]] },
  { name: 'allowlist_additions counts', text: cfg('network:\n  allowlist_additions: [files.staging.example.com]\n', '[files.staging.example.com]'), expect: [] },
  { name: 'a wildcard allows subdomains', text: cfg('network:\n  allowlist: ["*.staging.example.com"]\n', '[files.staging.example.com]'), expect: [] },
  { name: 'a wildcard does not allow the apex', text: cfg('network:\n  allowlist: ["*.staging.example.com"]\n', '[staging.example.com]'), expect: [[11, 13, 11, 32]] },
  { name: 'case and trailing dot do not matter', text: cfg(BLOCK, '[API.Staging.Example.com.]'), expect: [] },
  { name: 'production host: no allowlist suggestion', text: cfg(BLOCK, '[api-m.paypal.com]'), expect: [[12, 13, 12, 29]], messages: ["Remove it from `hosts` and use the provider's sandbox host"] },
  { name: 'the clean config', text: CLEAN, expect: [] },
];

test('credential-host-not-allowlisted: table', () => {
  for (const c of cases) runCase('SG209', c);
});

test('credential-host-not-allowlisted: fix appends to the allowlist in its own style', () => {
  const [a] = assertFixesWork(cfg(BLOCK, '[files.staging.example.com]'), 'SG209');
  assert.ok(a.startsWith('network:\n  allowlist:\n    - api.staging.example.com  # checkout API\n    - files.staging.example.com\ncredentials:'), a);
  const [b] = assertFixesWork(cfg('network:\n  allowlist: [api.staging.example.com]\n', '[files.staging.example.com]'), 'SG209');
  assert.ok(b.startsWith('network:\n  allowlist: [api.staging.example.com, files.staging.example.com]\n'), b);
  const [c] = assertFixesWork(cfg('network:\n  allowlist: []\n', '[files.staging.example.com]'), 'SG209');
  assert.ok(c.startsWith('network:\n  allowlist: [files.staging.example.com]\n'), c);
  const [d] = assertFixesWork(cfg('network:\n  methods: [GET]\n', '[files.staging.example.com]'), 'SG209');
  assert.ok(d.startsWith('network:\n  methods: [GET]\n  allowlist:\n    - files.staging.example.com\ncredentials:'), d);
  const [e] = assertFixesWork(cfg('', '[files.staging.example.com]'), 'SG209');
  assert.ok(e.endsWith('    hosts: [files.staging.example.com]\nnetwork:\n  allowlist:\n    - files.staging.example.com\n'), e);
  const [f] = assertFixesWork(cfg('network:\n  allowlist:\n', '[files.staging.example.com]'), 'SG209');
  assert.ok(f.startsWith('network:\n  allowlist:\n    - files.staging.example.com\ncredentials:'), f);
});

test('credential-host-not-allowlisted: production hosts get no add-to-allowlist fix', () => {
  const [f] = findingsOf(cfg(BLOCK, '[api-m.paypal.com]'), 'SG209');
  assert.deepEqual(f.fixes, []);
});

test('credential-host-not-allowlisted: a URL in `hosts` is judged by its host, and its password is never echoed or copied', () => {
  const url = '["https://bot:PwQuebecRomeo9@files.staging.example.com/v1"]';
  const [f] = runCase('SG209', { name: 'URL with userinfo', text: cfg(BLOCK, url), expect: [[12, 13, 12, 70]], messages: ['is for `files.staging.example.com`, which is not in the allowlist'] });
  assert.deepEqual(f.fixes.map((x) => x.title), ['Add files.staging.example.com to network.allowlist']);
  const [fixed] = assertFixesWork(cfg(BLOCK, url), 'SG209');
  assert.ok(fixed.includes('    - files.staging.example.com\ncredentials:'), fixed);
  const prod = runCase('SG209', { name: 'production URL', text: cfg(BLOCK, '["https://bot:PwQuebecRomeo9@api-m.paypal.com"]'), expect: [[12, 13, 12, 58]], messages: ['is for `api-m.paypal.com`'] });
  assert.ok(!JSON.stringify(prod).toLowerCase().includes('pwquebecromeo9'));
  // already allowlisted once normalized: nothing to report
  runCase('SG209', { name: 'allowlisted URL', text: cfg(BLOCK, '["https://bot:PwQuebecRomeo9@api.staging.example.com"]'), expect: [] });
});
