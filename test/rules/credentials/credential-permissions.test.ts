import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
import { CLEAN, CRED_BODY, PATH } from './helpers.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const cred = (body: string) => `credentials:\n  STAGING_API_KEY:\n${body}`;
const perm = (v: string) => cred(CRED_BODY.replace('permissions: read-only', `permissions: ${v}`));
const noPerm = cred(CRED_BODY.replace('    permissions: read-only\n', ''));

const valid: ValidRow[] = [
  { name: 'read-only is fine', text: perm('read-only') },
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'admin is an error',
    text: perm('admin'),
    errors: [
      { range: [6, 18, 6, 23], severity: 'error', message: 'Credential `STAGING_API_KEY` has `permissions: admin`: an admin key lets the agent manage the account itself (keys, webhooks, users) and delete data. Use a read-only key and declare `permissions: read-only`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'read-write is a warning',
    text: perm('read-write'),
    errors: [
      { range: [6, 18, 6, 28], severity: 'warning', message: 'Credential `STAGING_API_KEY` has `permissions: read-write`: a write key lets the agent create, change and delete records. Use a read-only key and declare `permissions: read-only`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'missing permissions is a warning on the name',
    text: noPerm,
    errors: [
      { range: [2, 3, 2, 18], severity: 'warning', message: 'Credential `STAGING_API_KEY` declares no `permissions`: nobody has checked what the key may do. Use a read-only key and declare `permissions: read-only`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n    permissions: read-only\n',
  },
  {
    name: 'quoted admin',
    text: perm('"admin"'),
    errors: [
      { range: [6, 18, 6, 25], severity: 'error', message: 'Credential `STAGING_API_KEY` has `permissions: admin`: an admin key lets the agent manage the account itself (keys, webhooks, users) and delete data. Use a read-only key and declare `permissions: read-only`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: "read-only"\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'flow credential with read-write',
    text: 'credentials:\n  K: {source: vault, permissions: read-write}\n',
    errors: [
      { range: [2, 35, 2, 45], severity: 'warning', message: 'Credential `K` has `permissions: read-write`: a write key lets the agent create, change and delete records. Use a read-only key and declare `permissions: read-only`.' },
    ],
    output: 'credentials:\n  K: {source: vault, permissions: read-only}\n',
  },
];

ruleTester('SG205', { valid, invalid });

test('credential-permissions: fixes set read-only and are marked safe', () => {
  for (const text of [perm('admin'), perm('read-write'), noPerm]) {
    const [fixed] = assertFixesWork(text, 'SG205');
    assert.ok(fixed.includes('    permissions: read-only\n'), fixed);
    const fix = checkText(text, { path: PATH }).findings.find((f) => f.ruleId === 'SG205')!.fixes[0];
    assert.equal(fix.safe, true);
    assert.equal(fix.preferred, true);
  }
});
