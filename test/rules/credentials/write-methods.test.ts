import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { CLEAN, CRED_BODY, runCase, type Case } from './helpers.js';

const cfg = (network: string, perms = 'read-only') => `network:\n${network}credentials:\n  STAGING_API_KEY:\n${CRED_BODY.replace('read-only', perms)}`;

const cases: Case[] = [
  { name: 'writes with an unverified host: warning on methods', text: cfg('  allowlist: [api.example.com]\n  methods: [GET, POST, DELETE]\n'), expect: [[3, 12, 3, 31]], severities: ['warning'], messages: ['`methods` allows POST, DELETE while the allowlist has production or unverified hosts (`api.example.com`)'] },
  { name: 'no methods list with a production host: warning on network', text: cfg('  allowlist: [api-m.paypal.com]\n'), expect: [[1, 1, 1, 8]], severities: ['warning'], messages: ['No `methods` list is set, so every method'] },
  { name: 'writes, staging hosts, every credential read-only: info', text: cfg('  allowlist: [api.staging.example.com]\n  methods: [GET, PUT]\n'), expect: [[3, 12, 3, 22]], severities: ['info'], messages: ['but every credential is read-only'] },
  { name: 'block list of methods', text: cfg('  allowlist: [api.staging.example.com]\n  methods:\n    - GET\n    - PATCH\n'), expect: [[4, 5, 5, 12]], severities: ['info'] },
  { name: 'writes with a read-write credential and staging hosts', text: cfg('  allowlist: [api.staging.example.com]\n  methods: [GET, POST]\n', 'read-write'), expect: [] },
  { name: 'no methods list, staging hosts: not reported', text: cfg('  allowlist: [api.staging.example.com]\n'), expect: [] },
  { name: 'read methods with a production host', text: cfg('  allowlist: [api-m.paypal.com]\n  methods: [GET, HEAD]\n'), expect: [] },
  { name: 'the clean config', text: CLEAN, expect: [] },
];

test('write-methods: table', () => {
  for (const c of cases) runCase('SG303', c);
});

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
  const withPassword = runCase('SG303', { name: 'userinfo', text: cfg('  allowlist:\n    - https://deploy:S3cr3tPassw0rdXYZ@api.example.com/v1\n  methods: [GET, POST]\n'), expect: [[4, 12, 4, 23]], severities: ['warning'], messages: ['(`api.example.com`)'] });
  assert.ok(!JSON.stringify(withPassword).toLowerCase().includes('s3cr3tpassw0rd'), JSON.stringify(withPassword));
  // a staging host written as a URL is still a staging host: writes with read-only keys are only info
  // an empty entry names no host (non-bare-host reports it): it is not an "unverified host" ``
  runCase('SG303', { name: 'empty entry', text: cfg('  allowlist: ["", api.staging.example.com]\n  methods: [GET, POST]\n'), expect: [[3, 12, 3, 23]], severities: ['info'] });
  runCase('SG303', { name: 'staging URL', text: cfg('  allowlist: ["https://api.staging.example.com/v1"]\n  methods: [GET, POST]\n'), expect: [[3, 12, 3, 23]], severities: ['info'] });
});
