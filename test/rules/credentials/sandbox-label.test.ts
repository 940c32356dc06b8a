import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { isSandboxLabel } from '../../../server/src/rules/task/sandbox-label.js';
import { CLEAN, CRED_BODY, policyWith, runCase, type Case } from './helpers.js';

const cred = (body: string) => `credentials:\n  STAGING_API_KEY:\n${body}`;
const label = (v: string) => cred(CRED_BODY.replace('label: Codex sandbox', `label: ${v}`));
const noLabel = cred(CRED_BODY.replace('    label: Codex sandbox\n', ''));

const cases: Case[] = [
  { name: 'missing label: on the name', text: noLabel, expect: [[2, 3, 2, 18]], messages: ['has no `label`'] },
  { name: 'a label without a sandbox word', text: label('main key'), expect: [[7, 12, 7, 20]], messages: ['is labelled `main key`, which does not mark it as a sandbox key'] },
  { name: '"latest" is not "test"', text: label('latest integration'), expect: [[7, 12, 7, 30]] },
  { name: 'a production word wins', text: label('prod test key'), expect: [[7, 12, 7, 25]] },
  { name: 'flow credential without label', text: 'credentials:\n  K: {source: vault}\n', expect: [[2, 3, 2, 4]] },
  { name: 'an empty label is called empty, not "labelled ``"', text: label("''"), expect: [[7, 12, 7, 14]], messages: ['Credential `STAGING_API_KEY` has an empty `label`'] },
  { name: 'a null label likewise', text: label('~'), expect: [[7, 12, 7, 13]], messages: ['Credential `STAGING_API_KEY` has an empty `label`'] },
  { name: 'staging label', text: label('Checkout staging'), expect: [] },
  { name: 'non-prod label', text: label('non-prod reporting'), expect: [] },
  { name: 'policy markers count', text: label('Acme sbxlab key'), expect: [], options: { path: 'a.sandbox.yaml', policy: policyWith({ stagingMarkers: ['sbxlab'] }) } },
  { name: 'the clean config', text: CLEAN, expect: [] },
];

test('sandbox-label: table', () => {
  for (const c of cases) runCase('SG208', c);
});

test('sandbox-label: word matching', () => {
  assert.equal(isSandboxLabel('Codex sandbox'), true);
  assert.equal(isSandboxLabel('QA-bot'), true);
  assert.equal(isSandboxLabel('contest'), false);
  assert.equal(isSandboxLabel('live sandbox'), false);
  assert.equal(isSandboxLabel(''), false);
});

test('sandbox-label: fixes set "Codex sandbox"', () => {
  const [a] = assertFixesWork(label('main key # set in 2021'), 'SG208');
  assert.ok(a.includes('    label: Codex sandbox # set in 2021\n'), a);
  const [b] = assertFixesWork(noLabel, 'SG208');
  assert.ok(b.endsWith('    rate_limit: {requests: 60, per: minute}\n    label: Codex sandbox\n'), b);
});

test('sandbox-label: the fix fills a key written without a value (`label:`) and the YAML still parses', () => {
  const text = cred(CRED_BODY.replace('label: Codex sandbox', 'label:'));
  const [fixed] = assertFixesWork(text, 'SG208');
  assert.ok(fixed.includes('    label: Codex sandbox\n'), fixed);
});
