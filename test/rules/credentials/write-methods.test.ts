import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { CLEAN, CRED_BODY } from './helpers.js';
import { expectFindings, ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const cfg = (network: string, perms = 'read-only') => `network:\n${network}credentials:\n  STAGING_API_KEY:\n${CRED_BODY.replace('read-only', perms)}`;

const valid: ValidRow[] = [
  { name: 'writes with a read-write credential and staging hosts', text: cfg('  allowlist: [api.staging.example.com]\n  methods: [GET, POST]\n', 'read-write') },
  { name: 'no methods list, staging hosts: not reported', text: cfg('  allowlist: [api.staging.example.com]\n') },
  { name: 'read methods with a production host', text: cfg('  allowlist: [api-m.paypal.com]\n  methods: [GET, HEAD]\n') },
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'writes with an unverified host: warning on methods',
    text: cfg('  allowlist: [api.example.com]\n  methods: [GET, POST, DELETE]\n'),
    errors: [
      { range: [3, 12, 3, 31], severity: 'warning', message: '`methods` allows POST, DELETE while the allowlist has production or unverified hosts (`api.example.com`): one wrong call can change real data. Restrict `methods` to [GET, HEAD, OPTIONS].' },
    ],
    output: 'network:\n  allowlist: [api.example.com]\n  methods: [GET, HEAD, OPTIONS]\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'no methods list with a production host: error on network naming the host',
    text: cfg('  allowlist: [api-m.paypal.com]\n'),
    errors: [
      { range: [1, 1, 1, 8], severity: 'error', message: 'No `methods` list is set, so every method (including POST, PUT, PATCH and DELETE) is allowed while the allowlist has production hosts (`api-m.paypal.com`): one wrong call changes real data. Restrict `methods` to [GET, HEAD, OPTIONS].' },
    ],
    output: 'network:\n  allowlist: [api-m.paypal.com]\n  methods: [GET, HEAD, OPTIONS]\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'writes, staging hosts, every credential read-only: info',
    text: cfg('  allowlist: [api.staging.example.com]\n  methods: [GET, PUT]\n'),
    errors: [
      { range: [3, 12, 3, 22], severity: 'info', message: '`methods` allows PUT, but every credential is read-only: write requests can only fail or go out unauthenticated. Restrict `methods` to [GET, HEAD, OPTIONS].' },
    ],
    output: 'network:\n  allowlist: [api.staging.example.com]\n  methods: [GET, HEAD, OPTIONS]\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'block list of methods',
    text: cfg('  allowlist: [api.staging.example.com]\n  methods:\n    - GET\n    - PATCH\n'),
    errors: [
      { range: [4, 5, 5, 12], severity: 'info', message: '`methods` allows PATCH, but every credential is read-only: write requests can only fail or go out unauthenticated. Restrict `methods` to [GET, HEAD, OPTIONS].' },
    ],
    output: 'network:\n  allowlist: [api.staging.example.com]\n  methods: [GET, HEAD, OPTIONS]\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
];

ruleTester('SG303', { valid, invalid });

test('write-methods: fixes restrict to GET, HEAD, OPTIONS', () => {
  const [a] = assertFixesWork(cfg('  allowlist: [api.example.com]\n  methods: [GET, POST, DELETE]\n'), 'SG303');
  assert.ok(a.includes('  methods: [GET, HEAD, OPTIONS]\n'), a);
  const [b] = assertFixesWork(cfg('  allowlist: [api-m.paypal.com]\n'), 'SG303');
  assert.ok(b.startsWith('network:\n  allowlist: [api-m.paypal.com]\n  methods: [GET, HEAD, OPTIONS]\ncredentials:'), b);
  const [c] = assertFixesWork(cfg('  allowlist: [api.staging.example.com]\n  methods:\n    - GET\n    - PATCH\n'), 'SG303');
  assert.ok(c.includes('  methods: [GET, HEAD, OPTIONS]\ncredentials:'), c);
  const [d] = assertFixesWork(cfg('  allowlist: [api.staging.example.com]\n  methods: # reviewed\n    - PUT\n'), 'SG303');
  assert.ok(d.includes('  methods: # reviewed\n    [GET, HEAD, OPTIONS]\ncredentials:'), d);
});

test('write-methods: judges allowlist entries by their normalized host, never echoes userinfo', () => {
  // a URL entry with a password: the message names the host, not the URL with its password
  const withPassword = expectFindings('SG303', cfg('  allowlist:\n    - https://deploy:S3cr3tPassw0rdXYZ@api.example.com/v1\n  methods: [GET, POST]\n'), [
    { range: [4, 12, 4, 23], severity: 'warning', message: '`methods` allows POST while the allowlist has production or unverified hosts (`api.example.com`): one wrong call can change real data. Restrict `methods` to [GET, HEAD, OPTIONS].' },
  ]);
  assert.ok(!JSON.stringify(withPassword).toLowerCase().includes('s3cr3tpassw0rd'), JSON.stringify(withPassword));
  // a staging host written as a URL is still a staging host: writes with read-only keys are only info
  // an empty entry names no host (non-bare-host reports it): it is not an "unverified host" ``
  expectFindings('SG303', cfg('  allowlist: ["", api.staging.example.com]\n  methods: [GET, POST]\n'), [{ range: [3, 12, 3, 23], severity: 'info', message: '`methods` allows POST, but every credential is read-only: write requests can only fail or go out unauthenticated. Restrict `methods` to [GET, HEAD, OPTIONS].' }]);
  expectFindings('SG303', cfg('  allowlist: ["https://api.staging.example.com/v1"]\n  methods: [GET, POST]\n'), [{ range: [3, 12, 3, 23], severity: 'info', message: '`methods` allows POST, but every credential is read-only: write requests can only fail or go out unauthenticated. Restrict `methods` to [GET, HEAD, OPTIONS].' }]);
});
