import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { perMinute } from '../../../server/src/rules/task/missing-rate-limit.js';
import { CLEAN, CRED_BODY } from './helpers.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const cred = (body: string, tail = '') => `credentials:\n  STAGING_API_KEY:\n${body}${tail}`;
const noLimit = cred(CRED_BODY.replace('    rate_limit: {requests: 60, per: minute}\n', ''));
const limit = (v: string, parallel = 4) => cred(CRED_BODY.replace('rate_limit: {requests: 60, per: minute}', `rate_limit: ${v}`), `max_parallel_tasks: ${parallel}\n`);

const valid: ValidRow[] = [
  { name: 'enough per second', text: limit('{requests: 1, per: second}', 60) },
  { name: 'no max_parallel_tasks: no info', text: cred(CRED_BODY.replace('requests: 60', 'requests: 1')) },
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'missing rate_limit: warning on the name',
    text: noLimit,
    errors: [
      { range: [2, 3, 2, 18], severity: 'warning', message: 'Credential `STAGING_API_KEY` has no `rate_limit`: a runaway agent loop can spend the key\'s whole quota. Add a per-key limit such as `rate_limit: {requests: 60, per: minute}`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'per minute below parallel tasks: info',
    text: limit('{requests: 2, per: minute}'),
    errors: [
      { range: [8, 17, 8, 43], severity: 'info', message: 'Credential `STAGING_API_KEY` allows 2 requests per minute, fewer than `max_parallel_tasks: 4`: the parallel tasks sharing this key will be throttled and fail spuriously. Raise it to at least 4 per minute.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 4, per: minute}\nmax_parallel_tasks: 4\n',
  },
  {
    name: 'per hour is normalized',
    text: limit('{requests: 120, per: hour}'),
    errors: [
      { range: [8, 17, 8, 43], severity: 'info', message: 'Credential `STAGING_API_KEY` allows 120 requests per hour (2 a minute), fewer than `max_parallel_tasks: 4`: the parallel tasks sharing this key will be throttled and fail spuriously. Raise it to at least 240 per hour.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 240, per: hour}\nmax_parallel_tasks: 4\n',
  },
  {
    name: 'per second is normalized (1/s = 60/min)',
    text: limit('{requests: 1, per: second}', 100),
    errors: [
      { range: [8, 17, 8, 43], severity: 'info', message: 'Credential `STAGING_API_KEY` allows 1 request per second (60 a minute), fewer than `max_parallel_tasks: 100`: the parallel tasks sharing this key will be throttled and fail spuriously. Raise it to at least 2 per second.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 2, per: second}\nmax_parallel_tasks: 100\n',
  },
  {
    name: 'block-style rate_limit',
    text: limit('\n      requests: 1\n      per: minute'),
    errors: [
      { range: [9, 7, 10, 18], severity: 'info', message: 'Credential `STAGING_API_KEY` allows 1 request per minute, fewer than `max_parallel_tasks: 4`: the parallel tasks sharing this key will be throttled and fail spuriously. Raise it to at least 4 per minute.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: \n      requests: 4\n      per: minute\nmax_parallel_tasks: 4\n',
  },
];

ruleTester('SG207', { valid, invalid });

test('missing-rate-limit: per-minute normalization', () => {
  assert.equal(perMinute(2, 'second'), 120);
  assert.equal(perMinute(120, 'hour'), 2);
  assert.equal(perMinute(5, 'minute'), 5);
  assert.equal(perMinute('5', 'minute'), undefined);
  assert.equal(perMinute(5, 'day'), undefined);
});

test('missing-rate-limit: fixes insert a block or raise the rate', () => {
  const [a] = assertFixesWork(noLimit, 'SG207');
  assert.ok(a.endsWith('    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n'), a);
  const flow = 'credentials:\n  K: {source: vault, ref: secret/k, scope: task, permissions: read-only, label: Codex sandbox}\n';
  const [b] = assertFixesWork(flow, 'SG207');
  assert.ok(b.includes('label: Codex sandbox, rate_limit: {requests: 60, per: minute}}'), b);
  const [c] = assertFixesWork(limit('{requests: 120, per: hour}'), 'SG207');
  assert.ok(c.includes('rate_limit: {requests: 240, per: hour}'), c);
  const nested = `network:\n  allowlist: [api.staging.example.com]\ncredentials:\n  K:\n${CRED_BODY.replace('    rate_limit: {requests: 60, per: minute}\n', '').replace('    label: Codex sandbox\n', '    hosts:\n      - api.staging.example.com\n    label: Codex sandbox # audit\n')}`;
  const [d] = assertFixesWork(nested, 'SG207');
  assert.ok(d.endsWith('    label: Codex sandbox # audit\n    rate_limit: {requests: 60, per: minute}\n'), d);
});
