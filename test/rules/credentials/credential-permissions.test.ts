import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
import { CLEAN, CRED_BODY, PATH, runCase, type Case } from './helpers.js';

const cred = (body: string) => `credentials:\n  STAGING_API_KEY:\n${body}`;
const perm = (v: string) => cred(CRED_BODY.replace('permissions: read-only', `permissions: ${v}`));
const noPerm = cred(CRED_BODY.replace('    permissions: read-only\n', ''));

const cases: Case[] = [
  { name: 'admin is an error', text: perm('admin'), expect: [[6, 18, 6, 23]], severities: ['error'], messages: ['an admin key lets the agent manage the account'] },
  { name: 'read-write is a warning', text: perm('read-write'), expect: [[6, 18, 6, 28]], severities: ['warning'], messages: ['a write key lets the agent create, change and delete records'] },
  { name: 'missing permissions is a warning on the name', text: noPerm, expect: [[2, 3, 2, 18]], severities: ['warning'] },
  { name: 'quoted admin', text: perm('"admin"'), expect: [[6, 18, 6, 25]], severities: ['error'] },
  { name: 'flow credential with read-write', text: 'credentials:\n  K: {source: vault, permissions: read-write}\n', expect: [[2, 35, 2, 45]], severities: ['warning'] },
  { name: 'read-only is fine', text: perm('read-only'), expect: [] },
  { name: 'the clean config', text: CLEAN, expect: [] },
];

test('credential-permissions: table', () => {
  for (const c of cases) runCase('SG205', c);
});

test('credential-permissions: fixes set read-only and are marked safe', () => {
  for (const text of [perm('admin'), perm('read-write'), noPerm]) {
    const [fixed] = assertFixesWork(text, 'SG205');
    assert.ok(fixed.includes('    permissions: read-only\n'), fixed);
    const fix = checkText(text, { path: PATH }).findings.find((f) => f.ruleId === 'SG205')!.fixes[0];
    assert.equal(fix.safe, true);
    assert.equal(fix.preferred, true);
  }
});
