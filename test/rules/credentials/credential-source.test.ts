import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { CLEAN, CRED_BODY, runCase, type Case } from './helpers.js';

const without = (field: string) => CRED_BODY.split('\n').filter((l) => !l.startsWith(`    ${field}:`)).join('\n');
const cred = (body: string) => `credentials:\n  STAGING_API_KEY:\n${body}`;

const cases: Case[] = [
  { name: 'missing source: on the credential name', text: cred(without('source')), expect: [[2, 3, 2, 18]], messages: ['Credential `STAGING_API_KEY` has no `source`'] },
  { name: 'env is not a secrets manager', text: cred(CRED_BODY.replace('source: vault', 'source: env')), expect: [[3, 13, 3, 16]], messages: ['comes from `env`, which is not a secrets manager'] },
  { name: 'quoted value: the whole scalar', text: cred(CRED_BODY.replace('source: vault', 'source: "file"')), expect: [[3, 13, 3, 19]] },
  { name: 'flow-style credential without source', text: 'credentials:\n  STAGING_API_KEY: {ref: secret/x, scope: task}\n', expect: [[2, 3, 2, 18]] },
  { name: 'empty credential', text: 'credentials:\n  STAGING_API_KEY:\n', expect: [[2, 3, 2, 18]] },
  { name: 'two documents: each credential on its own line', text: `${cred(without('source'))}---\n${cred(without('source'))}`, expect: [[2, 3, 2, 18], [10, 3, 10, 18]] },
  ...['vault', 'aws-secrets-manager', 'gcp-secret-manager', 'azure-key-vault', 'github-secrets', '1password', 'doppler'].map((m) => ({
    name: `${m} is a secrets manager`,
    text: cred(CRED_BODY.replace('source: vault', `source: ${m}`)),
    expect: [] as Case['expect'],
  })),
  { name: 'the clean config', text: CLEAN, expect: [] },
];

test('credential-source: table', () => {
  for (const c of cases) runCase('SG203', c);
});

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
  const [f] = runCase('SG203', { name: '1Password', text, expect: [[3, 13, 3, 22]], messages: ['`1Password` is not spelled as a `source` name: write `1password`'] });
  assert.deepEqual(f.fixes.map((x) => x.title), ['Set source of STAGING_API_KEY to 1password']);
  const [fixed] = assertFixesWork(text, 'SG203');
  assert.ok(fixed.includes('    source: 1password\n'), fixed);
});

test('credential-source: the fix fills `source:` written without a value', () => {
  const [fixed] = assertFixesWork(cred(CRED_BODY.replace('source: vault', 'source:')), 'SG203');
  assert.ok(fixed.includes('    source: vault\n'), fixed);
});
