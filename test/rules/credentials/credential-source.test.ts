import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { CLEAN, CRED_BODY } from './helpers.js';
import { expectFindings, ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const without = (field: string) => CRED_BODY.split('\n').filter((l) => !l.startsWith(`    ${field}:`)).join('\n');
const cred = (body: string) => `credentials:\n  STAGING_API_KEY:\n${body}`;

const valid: ValidRow[] = [
  ...['vault', 'aws-secrets-manager', 'gcp-secret-manager', 'azure-key-vault', 'github-secrets', '1password', 'doppler'].map((m) => ({
    name: `${m} is a secrets manager`,
    text: cred(CRED_BODY.replace('source: vault', `source: ${m}`)),
  })),
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'missing source: on the credential name',
    text: cred(without('source')),
    errors: [
      { range: [2, 3, 2, 18], severity: 'error', message: 'Credential `STAGING_API_KEY` has no `source`: nothing says where its value comes from. Add `source: vault` (or another secrets manager: vault, aws-secrets-manager, gcp-secret-manager, azure-key-vault, github-secrets, 1password, doppler).' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'env is not a secrets manager',
    text: cred(CRED_BODY.replace('source: vault', 'source: env')),
    errors: [
      { range: [3, 13, 3, 16], severity: 'error', message: 'Credential `STAGING_API_KEY` comes from `env`, which is not a secrets manager. Use one of vault, aws-secrets-manager, gcp-secret-manager, azure-key-vault, github-secrets, 1password, doppler so the value is stored, audited and rotated there.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'quoted value: the whole scalar',
    text: cred(CRED_BODY.replace('source: vault', 'source: "file"')),
    errors: [
      { range: [3, 13, 3, 19], severity: 'error', message: 'Credential `STAGING_API_KEY` comes from `file`, which is not a secrets manager. Use one of vault, aws-secrets-manager, gcp-secret-manager, azure-key-vault, github-secrets, 1password, doppler so the value is stored, audited and rotated there.' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: "vault"\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'flow-style credential without source',
    text: 'credentials:\n  STAGING_API_KEY: {ref: secret/x, scope: task}\n',
    errors: [
      { range: [2, 3, 2, 18], severity: 'error', message: 'Credential `STAGING_API_KEY` has no `source`: nothing says where its value comes from. Add `source: vault` (or another secrets manager: vault, aws-secrets-manager, gcp-secret-manager, azure-key-vault, github-secrets, 1password, doppler).' },
    ],
    output: 'credentials:\n  STAGING_API_KEY: {ref: secret/x, scope: task, source: vault}\n',
  },
  {
    name: 'empty credential',
    text: 'credentials:\n  STAGING_API_KEY:\n',
    errors: [
      { range: [2, 3, 2, 18], severity: 'error', message: 'Credential `STAGING_API_KEY` has no `source`: nothing says where its value comes from. Add `source: vault` (or another secrets manager: vault, aws-secrets-manager, gcp-secret-manager, azure-key-vault, github-secrets, 1password, doppler).' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n',
  },
  {
    name: 'two documents: each credential on its own line',
    text: `${cred(without('source'))}---\n${cred(without('source'))}`,
    errors: [
      { range: [2, 3, 2, 18], severity: 'error', message: 'Credential `STAGING_API_KEY` has no `source`: nothing says where its value comes from. Add `source: vault` (or another secrets manager: vault, aws-secrets-manager, gcp-secret-manager, azure-key-vault, github-secrets, 1password, doppler).' },
      { range: [10, 3, 10, 18], severity: 'error', message: 'Credential `STAGING_API_KEY` has no `source`: nothing says where its value comes from. Add `source: vault` (or another secrets manager: vault, aws-secrets-manager, gcp-secret-manager, azure-key-vault, github-secrets, 1password, doppler).' },
    ],
    output: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n---\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
];

ruleTester('SG203', { valid, invalid });

test('credential-source: fixes insert or replace source, keeping layout', () => {
  const [a] = assertFixesWork(cred(without('source')), 'SG203');
  assert.ok(a.startsWith('credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n'), a);
  const [b] = assertFixesWork(cred(CRED_BODY.replace('source: vault', 'source: "env" # from CI')), 'SG203');
  assert.ok(b.includes('    source: "vault" # from CI\n'), b);
  const flow = 'credentials:\n  STAGING_API_KEY: {ref: secret/x, scope: task, permissions: read-only, label: Codex sandbox, rate_limit: {requests: 60, per: minute}}\n';
  const [c] = assertFixesWork(flow, 'SG203');
  assert.ok(c.includes('rate_limit: {requests: 60, per: minute}, source: vault}'), c);
});

test('credential-source: a secrets manager written in another case is named as such, and the fix keeps that manager', () => {
  const text = cred(CRED_BODY.replace('source: vault', 'source: 1Password'));
  const [f] = expectFindings('SG203', text, [
    { range: [3, 13, 3, 22], severity: 'error', message: 'Credential `STAGING_API_KEY`: `1Password` is not spelled as a `source` name: write `1password` (source names are lowercase, and a tool that does not know the name cannot tell where the key comes from).' },
  ]);
  assert.deepEqual(f.fixes.map((x) => x.title), ['Set source of STAGING_API_KEY to 1password']);
  const [fixed] = assertFixesWork(text, 'SG203');
  assert.ok(fixed.includes('    source: 1password\n'), fixed);
});

test('credential-source: the fix fills `source:` written without a value', () => {
  const [fixed] = assertFixesWork(cred(CRED_BODY.replace('source: vault', 'source:')), 'SG203');
  assert.ok(fixed.includes('    source: vault\n'), fixed);
});
