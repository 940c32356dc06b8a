import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { CLEAN, CRED_BODY } from './helpers.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const cred = (body: string) => `credentials:\n  STAGING_API_KEY:\n${body}`;
const scope = (v: string) => cred(CRED_BODY.replace('scope: task', `scope: ${v}`));
const noScope = cred(CRED_BODY.replace('    scope: task\n', ''));

const valid: ValidRow[] = [
  { name: 'task is fine', text: scope('task') },
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'pool is an error',
    text: scope('pool'),
    errors: [
      { range: [5, 12, 5, 16], severity: 'error', message: 'Credential `STAGING_API_KEY` has `scope: pool`: the key is baked into warm-pool snapshots, reaches every task started from them and survives rotation in stale snapshots. Use `scope: task`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'session is a warning',
    text: scope('session'),
    errors: [
      { range: [5, 12, 5, 19], severity: 'warning', message: 'Credential `STAGING_API_KEY`: `scope: session` shares the key across all tasks of a session, so a leak in one task exposes the others. Use `scope: task`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'missing scope is a warning on the name',
    text: noScope,
    errors: [
      { range: [2, 3, 2, 18], severity: 'warning', message: 'Credential `STAGING_API_KEY` has no `scope`: how long the key lives is left to the orchestrator\'s default. Set `scope: task` so it dies with the task.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n    scope: task\n',
  },
  {
    name: 'quoted pool',
    text: scope("'pool'"),
    errors: [
      { range: [5, 12, 5, 18], severity: 'error', message: 'Credential `STAGING_API_KEY` has `scope: pool`: the key is baked into warm-pool snapshots, reaches every task started from them and survives rotation in stale snapshots. Use `scope: task`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: \'task\'\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'flow credential with session',
    text: 'credentials:\n  K: {source: vault, scope: session}\n',
    errors: [
      { range: [2, 29, 2, 36], severity: 'warning', message: 'Credential `K`: `scope: session` shares the key across all tasks of a session, so a leak in one task exposes the others. Use `scope: task`.' },
    ],
    output: 'credentials:\n  K: {source: vault, scope: task}\n',
  },
];

ruleTester('SG204', { valid, invalid });

test('credential-scope: fixes set scope: task (safe, preferred)', () => {
  for (const text of [scope('pool'), scope('session'), scope('"pool"'), noScope]) {
    const [fixed] = assertFixesWork(text, 'SG204');
    assert.match(fixed, /\n {4}scope: "?task"?\n/);
  }
  const flow = 'credentials:\n  K: {source: vault, ref: secret/k, permissions: read-only, label: Codex sandbox, rate_limit: {requests: 60, per: minute}}\n';
  const [f] = assertFixesWork(flow, 'SG204');
  assert.ok(f.includes('per: minute}, scope: task}'), f);
});
