import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
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
    output: scope('task  # sandbox-guard: was pool until the key is rotated'),
  },
  {
    name: 'session is a warning',
    text: scope('session'),
    errors: [
      { range: [5, 12, 5, 19], severity: 'warning', message: 'Credential `STAGING_API_KEY`: `scope: session` shares the key across all tasks of a session, so a leak in one task exposes the others. Use `scope: task`.' },
    ],
    output: scope('task  # sandbox-guard: was session until the key is rotated'),
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
    output: scope("'task'  # sandbox-guard: was pool until the key is rotated"),
  },
  {
    name: 'flow credential with session',
    text: 'credentials:\n  K: {source: vault, scope: session}\n',
    errors: [
      { range: [2, 29, 2, 36], severity: 'warning', message: 'Credential `K`: `scope: session` shares the key across all tasks of a session, so a leak in one task exposes the others. Use `scope: task`.' },
    ],
    output: 'credentials:\n  K: {source: vault, scope: task}  # sandbox-guard: was session until the key is rotated\n',
  },
];

invalid.push(
  {
    name: 'declared task with the note of the fix: info until the key is rotated and the note goes',
    text: scope('task  # sandbox-guard: was pool until the key is rotated').replace('STAGING_API_KEY', 'STRIPE_KEY'),
    errors: [
      { range: [5, 12, 5, 16], severity: 'info', message: 'Credential `STRIPE_KEY` declares `scope: task`, but its note says it was `pool`: the old key stays in the warm-pool snapshots it was baked into until it is rotated at Stripe. Rotate the key, tick the item in the key checklist and delete the note; or give a reason in a suppression comment.', fixes: ['Delete the note (the key at Stripe was rotated)'] },
    ],
    output: scope('task').replace('STAGING_API_KEY', 'STRIPE_KEY'),
  },
  {
    name: 'both notes in one flow map comment: each rule finds its own',
    text: 'credentials:\n  K: {source: vault, scope: task, permissions: read-only}  # sandbox-guard: was admin until the key is replaced; sandbox-guard: was pool until the key is rotated\n',
    errors: [
      { range: [2, 29, 2, 33], severity: 'info', message: /^Credential `K` declares `scope: task`, but its note says it was `pool`/ },
    ],
    output: 'credentials:\n  K: {source: vault, scope: task, permissions: read-only}  # sandbox-guard: was admin until the key is replaced\n',
  },
);

ruleTester('SG204', { valid, invalid });

test('credential-scope: changing a declared pool or session scope is never safe, and its title says to rotate the key', () => {
  for (const [v, why] of [['pool', 'the old key stays in the warm-pool snapshots it was baked into'], ['session', 'the old key was shared with the other tasks of its sessions']]) {
    const [f] = checkText(scope(v).replace('STAGING_API_KEY', 'STAGING_STRIPE_KEY'), { path: 'task.sandbox.yaml' }).findings.filter((x) => x.ruleId === 'SG204');
    assert.deepEqual(f.fixes.map((x) => [x.title, x.safe === true]), [[`Declare scope: task - then rotate the key at Stripe (${why})`, false]]);
  }
});

test('credential-scope: fixes set scope: task', () => {
  for (const text of [scope('pool'), scope('session'), scope('"pool"'), noScope]) {
    const [fixed] = assertFixesWork(text, 'SG204');
    assert.match(fixed, /\n {4}scope: "?task"?(  # sandbox-guard: was (pool|session) until the key is rotated)?\n/);
  }
  const flow = 'credentials:\n  K: {source: vault, ref: secret/k, permissions: read-only, label: Codex sandbox, rate_limit: {requests: 60, per: minute}}\n';
  const [f] = assertFixesWork(flow, 'SG204');
  assert.ok(f.includes('per: minute}, scope: task}'), f);
});
