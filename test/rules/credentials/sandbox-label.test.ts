import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { isSandboxLabel } from '../../../server/src/rules/task/sandbox-label.js';
import { CLEAN, CRED_BODY, policyWith } from './helpers.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const cred = (body: string) => `credentials:\n  STAGING_API_KEY:\n${body}`;
const label = (v: string) => cred(CRED_BODY.replace('label: Codex sandbox', `label: ${v}`));
const noLabel = cred(CRED_BODY.replace('    label: Codex sandbox\n', ''));

const valid: ValidRow[] = [
  { name: 'staging label', text: label('Checkout staging') },
  { name: 'non-prod label', text: label('non-prod reporting') },
  { name: 'policy markers count', text: label('Acme sbxlab key'), options: { path: 'a.sandbox.yaml', policy: policyWith({ stagingMarkers: ['sbxlab'] }) } },
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'missing label: on the name',
    text: noLabel,
    errors: [
      { range: [2, 3, 2, 18], severity: 'warning', message: 'Credential `STAGING_API_KEY` has no `label`: nobody can tell at the provider which key the sandbox uses. Label the key "Codex sandbox" there and add `label: Codex sandbox`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    rate_limit: {requests: 60, per: minute}\n    label: Codex sandbox\n',
  },
  {
    name: 'a label without a sandbox word',
    text: label('main key'),
    errors: [
      { range: [7, 12, 7, 20], severity: 'warning', message: 'Credential `STAGING_API_KEY` is labelled `main key`, which does not mark it as a sandbox key: at the provider it cannot be told apart from production keys. Label it "Codex sandbox" (or another name with sandbox, staging or test).' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: '"latest" is not "test"',
    text: label('latest integration'),
    errors: [
      { range: [7, 12, 7, 30], severity: 'warning', message: 'Credential `STAGING_API_KEY` is labelled `latest integration`, which does not mark it as a sandbox key: at the provider it cannot be told apart from production keys. Label it "Codex sandbox" (or another name with sandbox, staging or test).' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'a production word wins',
    text: label('prod test key'),
    errors: [
      { range: [7, 12, 7, 25], severity: 'warning', message: 'Credential `STAGING_API_KEY` is labelled `prod test key`, which does not mark it as a sandbox key: at the provider it cannot be told apart from production keys. Label it "Codex sandbox" (or another name with sandbox, staging or test).' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'flow credential without label',
    text: 'credentials:\n  K: {source: vault}\n',
    errors: [
      { range: [2, 3, 2, 4], severity: 'warning', message: 'Credential `K` has no `label`: nobody can tell at the provider which key the sandbox uses. Label the key "Codex sandbox" there and add `label: Codex sandbox`.' },
    ],
    output: 'credentials:\n  K: {source: vault, label: Codex sandbox}\n',
  },
  {
    name: 'an empty label is called empty, not "labelled ``"',
    text: label("''"),
    errors: [
      { range: [7, 12, 7, 14], severity: 'warning', message: 'Credential `STAGING_API_KEY` has an empty `label`: nobody can tell at the provider which key the sandbox uses. Label the key "Codex sandbox" there and write `label: Codex sandbox`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: \'Codex sandbox\'\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'a null label likewise',
    text: label('~'),
    errors: [
      { range: [7, 12, 7, 13], severity: 'warning', message: 'Credential `STAGING_API_KEY` has an empty `label`: nobody can tell at the provider which key the sandbox uses. Label the key "Codex sandbox" there and write `label: Codex sandbox`.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
];

ruleTester('SG208', { valid, invalid });

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
