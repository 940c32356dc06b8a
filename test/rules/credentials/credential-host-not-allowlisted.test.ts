import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { CLEAN, CRED_BODY, findingsOf } from './helpers.js';
import { expectFindings, ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const cfg = (network: string, hosts: string) => `${network}credentials:\n  STAGING_API_KEY:\n${CRED_BODY}    hosts: ${hosts}\n`;
const BLOCK = 'network:\n  allowlist:\n    - api.staging.example.com  # checkout API\n';

const valid: ValidRow[] = [
  { name: 'allowlist_additions counts', text: cfg('network:\n  allowlist_additions: [files.staging.example.com]\n', '[files.staging.example.com]') },
  { name: 'a wildcard allows subdomains', text: cfg('network:\n  allowlist: ["*.staging.example.com"]\n', '[files.staging.example.com]') },
  { name: 'case and trailing dot do not matter', text: cfg(BLOCK, '[API.Staging.Example.com.]') },
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'host not allowlisted',
    text: cfg(BLOCK, '[files.staging.example.com]'),
    errors: [
      { range: [12, 13, 12, 38], severity: 'warning', message: 'Credential `STAGING_API_KEY` is for `files.staging.example.com`, which is not in the allowlist: the task cannot reach it with this key. Add the host to `network.allowlist` if the task needs it, or remove it from `hosts`.' },
    ],
    output: 'network:\n  allowlist:\n    - api.staging.example.com  # checkout API\n    - files.staging.example.com\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n    hosts: [files.staging.example.com]\n',
  },
  {
    name: 'two hosts, one missing (block list)',
    text: cfg(BLOCK, '\n      - api.staging.example.com\n      - "files.staging.example.com"'),
    errors: [
      { range: [14, 9, 14, 36], severity: 'warning', message: 'Credential `STAGING_API_KEY` is for `files.staging.example.com`, which is not in the allowlist: the task cannot reach it with this key. Add the host to `network.allowlist` if the task needs it, or remove it from `hosts`.' },
    ],
    output: 'network:\n  allowlist:\n    - api.staging.example.com  # checkout API\n    - files.staging.example.com\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n    hosts: \n      - api.staging.example.com\n      - "files.staging.example.com"\n',
  },
  {
    name: 'no network section at all',
    text: cfg('', '[api.staging.example.com]'),
    errors: [
      { range: [9, 13, 9, 36], severity: 'warning', message: 'Credential `STAGING_API_KEY` is for `api.staging.example.com`, which is not in the allowlist: the task cannot reach it with this key. Add the host to `network.allowlist` if the task needs it, or remove it from `hosts`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n    hosts: [api.staging.example.com]\nnetwork:\n  allowlist:\n    - api.staging.example.com\n',
  },
  {
    name: 'a wildcard does not allow the apex',
    text: cfg('network:\n  allowlist: ["*.staging.example.com"]\n', '[staging.example.com]'),
    errors: [
      { range: [11, 13, 11, 32], severity: 'warning', message: 'Credential `STAGING_API_KEY` is for `staging.example.com`, which is not in the allowlist: the task cannot reach it with this key. Add the host to `network.allowlist` if the task needs it, or remove it from `hosts`.' },
    ],
    output: 'network:\n  allowlist: ["*.staging.example.com", staging.example.com]\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n    hosts: [staging.example.com]\n',
  },
  {
    name: 'production host: no allowlist suggestion',
    text: cfg(BLOCK, '[api-m.paypal.com]'),
    errors: [
      { range: [12, 13, 12, 29], severity: 'warning', message: 'Credential `STAGING_API_KEY` is for `api-m.paypal.com`, which is not in the allowlist: the task cannot reach it with this key. Remove it from `hosts` and use the provider\'s sandbox host: a sandbox task must not reach production.' },
    ],
  },
];

ruleTester('SG209', { valid, invalid });

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
  const [f] = expectFindings('SG209', cfg(BLOCK, url), [
    { range: [12, 13, 12, 70], severity: 'warning', message: 'Credential `STAGING_API_KEY` is for `files.staging.example.com`, which is not in the allowlist: the task cannot reach it with this key. Add the host to `network.allowlist` if the task needs it, or remove it from `hosts`.' },
  ]);
  assert.deepEqual(f.fixes.map((x) => x.title), ['Add files.staging.example.com to network.allowlist']);
  const [fixed] = assertFixesWork(cfg(BLOCK, url), 'SG209');
  assert.ok(fixed.includes('    - files.staging.example.com\ncredentials:'), fixed);
  const prod = expectFindings('SG209', cfg(BLOCK, '["https://bot:PwQuebecRomeo9@api-m.paypal.com"]'), [
    { range: [12, 13, 12, 58], severity: 'warning', message: "Credential `STAGING_API_KEY` is for `api-m.paypal.com`, which is not in the allowlist: the task cannot reach it with this key. Remove it from `hosts` and use the provider's sandbox host: a sandbox task must not reach production." },
  ]);
  assert.ok(!JSON.stringify(prod).toLowerCase().includes('pwquebecromeo9'));
  // already allowlisted once normalized: nothing to report
  expectFindings('SG209', cfg(BLOCK, '["https://bot:PwQuebecRomeo9@api.staging.example.com"]'), []);
});
