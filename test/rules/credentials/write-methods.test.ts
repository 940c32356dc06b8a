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
