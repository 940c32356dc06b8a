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
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only  # sandbox-guard: was admin until the key is replaced\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'read-write is a warning',
    text: perm('read-write'),
    errors: [
      { range: [6, 18, 6, 28], severity: 'warning', message: 'Credential `STAGING_API_KEY` has `permissions: read-write`: a write key lets the agent create, change and delete records. Use a read-only key and declare `permissions: read-only`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only  # sandbox-guard: was read-write until the key is replaced\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
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
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: "read-only"  # sandbox-guard: was admin until the key is replaced\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'flow credential with read-write',
    text: 'credentials:\n  K: {source: vault, permissions: read-write}\n',
    errors: [
      { range: [2, 35, 2, 45], severity: 'warning', message: 'Credential `K` has `permissions: read-write`: a write key lets the agent create, change and delete records. Use a read-only key and declare `permissions: read-only`.' },
    ],
    output: 'credentials:\n  K: {source: vault, permissions: read-only}  # sandbox-guard: was read-write until the key is replaced\n',
  },
];

invalid.push(
  {
    name: 'declared read-only with the note of the fix: info until the note goes',
    text: perm('read-only  # sandbox-guard: was admin until the key is replaced').replace('STAGING_API_KEY', 'PAYPAL_CLIENT'),
    errors: [
      { range: [6, 18, 6, 27], severity: 'info', message: 'Credential `PAYPAL_CLIENT` declares `permissions: read-only`, but its note says it was `admin`: the key at PayPal keeps those rights until it is replaced. Replace it with a read-only key, tick the item in the key checklist and delete the note; or give a reason in a suppression comment.', fixes: ['Delete the note (the key at PayPal was replaced with a read-only one)'] },
    ],
    output: perm('read-only').replace('STAGING_API_KEY', 'PAYPAL_CLIENT'),
  },
  {
    name: 'the note inside a longer comment: only the note goes',
    text: perm('read-only  # reviewed by payments; sandbox-guard: was read-write until the key is replaced'),
    errors: [
      { range: [6, 18, 6, 27], severity: 'info', message: /^Credential `STAGING_API_KEY` declares `permissions: read-only`, but its note says it was `read-write`/ },
    ],
    output: perm('read-only  # reviewed by payments'),
  },
  {
    name: 'a comment keeps its words and gets the note',
    text: perm('admin  # payments bot'),
    errors: [
      { range: [6, 18, 6, 23], severity: 'error', message: /^Credential `STAGING_API_KEY` has `permissions: admin`/ },
    ],
    output: perm('read-only  # payments bot; sandbox-guard: was admin until the key is replaced'),
  },
);
valid.push({ name: 'a note on another field does not count', text: perm('read-only').replace('label: Codex sandbox', 'label: Codex sandbox  # sandbox-guard: was admin until the key is replaced') });

ruleTester('SG205', { valid, invalid });

test('a suppression with a reason ends the follow-up finding', () => {
  const text = perm('read-only  # sandbox-guard: was admin until the key is replaced').replace('    permissions:', '    # sandbox-guard-disable-next-line SG205 -- replaced on 2026-12-01 (ticket PAY-12)\n    permissions:');
  assert.deepEqual(checkText(text, { path: PATH }).findings.filter((f) => f.ruleId === 'SG205'), []);
});

test('credential-permissions: the fixes only declare, so they are never safe (not applied by --fix) and say what else must happen', () => {
  for (const text of [perm('admin'), perm('read-write'), noPerm]) {
    const [fixed] = assertFixesWork(text, 'SG205');
    assert.match(fixed, /\n {4}permissions: read-only(  # sandbox-guard: was (admin|read-write) until the key is replaced)?\n/);
    const fix = checkText(text, { path: PATH }).findings.find((f) => f.ruleId === 'SG205')!.fixes[0];
    assert.notEqual(fix.safe, true);
  }
  const [admin] = checkText(perm('admin'), { path: PATH }).findings.filter((f) => f.ruleId === 'SG205');
  assert.deepEqual(admin.fixes.map((f) => [f.title, f.preferred]), [['Declare read-only - then replace the key at the provider with a read-only one', true]]);
  const paypal = perm('admin').replace('STAGING_API_KEY', 'STAGING_PAYPAL_CLIENT');
  assert.equal(checkText(paypal, { path: PATH }).findings.find((f) => f.ruleId === 'SG205')!.fixes[0].title, 'Declare read-only - then replace the key at PayPal with a read-only one');
});
