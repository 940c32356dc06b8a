import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { CLEAN, CRED_BODY, runCase, type Case } from './helpers.js';

const cred = (body: string) => `credentials:\n  STAGING_API_KEY:\n${body}`;
const scope = (v: string) => cred(CRED_BODY.replace('scope: task', `scope: ${v}`));
const noScope = cred(CRED_BODY.replace('    scope: task\n', ''));

const cases: Case[] = [
  { name: 'pool is an error', text: scope('pool'), expect: [[5, 12, 5, 16]], severities: ['error'], messages: ['baked into warm-pool snapshots'] },
  { name: 'session is a warning', text: scope('session'), expect: [[5, 12, 5, 19]], severities: ['warning'], messages: ['shares the key across all tasks of a session'] },
  { name: 'missing scope is a warning on the name', text: noScope, expect: [[2, 3, 2, 18]], severities: ['warning'], messages: ['has no `scope`'] },
  { name: 'quoted pool', text: scope("'pool'"), expect: [[5, 12, 5, 18]], severities: ['error'] },
  { name: 'flow credential with session', text: 'credentials:\n  K: {source: vault, scope: session}\n', expect: [[2, 29, 2, 36]], severities: ['warning'] },
  { name: 'task is fine', text: scope('task'), expect: [] },
  { name: 'the clean config', text: CLEAN, expect: [] },
];

test('credential-scope: table', () => {
  for (const c of cases) runCase('SG204', c);
});

test('credential-scope: fixes set scope: task (safe, preferred)', () => {
  for (const text of [scope('pool'), scope('session'), scope('"pool"'), noScope]) {
    const [fixed] = assertFixesWork(text, 'SG204');
    assert.match(fixed, /\n {4}scope: "?task"?\n/);
  }
  const flow = 'credentials:\n  K: {source: vault, ref: secret/k, permissions: read-only, label: Codex sandbox, rate_limit: {requests: 60, per: minute}}\n';
  const [f] = assertFixesWork(flow, 'SG204');
  assert.ok(f.includes('per: minute}, scope: task}'), f);
});
