import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
import { assertNoSecret, CLEAN, CRED_BODY, findingsOf, PATH, runCase, type Case } from './helpers.js';

// Assembled at runtime so this file never holds a scannable key.
const j = (...p: string[]) => p.join('');
const SK_LIVE = j('sk_', 'live_', '4eC39HqLyjWDarjtT1zdp7dc');
const RK_LIVE = j('rk_', 'live_', '51H8aBcDeFgHiJkLmNoPqRsT');
const PK_LIVE = j('pk_', 'live_', '51h8abcdefghijklmnopqrst');
const KLARNA_LIVE = j('klarna_', 'live_', 'api_', 'Zm9vYmFyYmF6cXV4');
const FLW_LIVE = j('FLWSECK-', '0123456789abcdef0123456789abcdef', '-X');
const SK_TEST = j('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc');

const cases: Case[] = [
  {
    name: 'sk_live_ in an env value',
    text: CLEAN.replace('env:\n', `env:\n  STRIPE_KEY: ${SK_LIVE}\n`),
    expect: [[15, 15, 15, 47]],
    severities: ['error'],
    messages: ['LIVE Stripe key `sk_live_…p7dc` in `STRIPE_KEY`'],
  },
  {
    name: 'rk_live_ in a comment',
    text: `${CLEAN}# restricted key for reports: ${RK_LIVE}\n`,
    expect: [[17, 31, 17, 63]],
    severities: ['error'],
    messages: ['in a comment'],
  },
  {
    name: 'publishable live key is a warning',
    text: CLEAN.replace('env:\n', `env:\n  STRIPE_PUBLISHABLE: "${PK_LIVE}"\n`),
    expect: [[15, 24, 15, 56]],
    severities: ['warning'],
    messages: ['Live Stripe publishable key'],
  },
  {
    name: 'Klarna and Flutterwave live formats',
    text: `# ${KLARNA_LIVE}\n# ${FLW_LIVE}\n${CLEAN}`,
    expect: [[1, 3, 1, 35], [2, 3, 2, 45]],
    severities: ['error', 'error'],
  },
  {
    name: 'live key as a credential property',
    text: `credentials:\n  STAGING_STRIPE_KEY:\n    token: ${SK_LIVE}\n${CRED_BODY.replace('    source: vault\n    ref: secret/codex/staging\n', '')}`,
    expect: [[3, 12, 3, 44]],
    messages: ['in credential `STAGING_STRIPE_KEY`'],
  },
  { name: 'test-mode key is not live (SG201 reports it)', text: `# ${SK_TEST}\n${CLEAN}`, expect: [] },
  { name: 'the words live/prod alone are not keys', text: `# sk_live_ keys never go here; live_ and prod are fine words\n${CLEAN}`, expect: [] },
  { name: 'the clean config', text: CLEAN, expect: [] },
];

test('live-key: table', () => {
  for (const c of cases) runCase('SG202', c);
});

test('live-key: no output holds the key, and no duplicate SG201', () => {
  for (const secret of [SK_LIVE, RK_LIVE, PK_LIVE, KLARNA_LIVE, FLW_LIVE]) {
    const text = `# ${secret}\n${CLEAN.replace('env:\n', `env:\n  KEY: ${secret}\n`)}`;
    const all = checkText(text, { path: PATH }).findings;
    assert.equal(all.filter((f) => f.ruleId === 'SG202').length, 2, secret.slice(0, 8));
    assert.deepEqual(all.filter((f) => f.ruleId === 'SG201').map((f) => f.range), []);
    assertNoSecret(all, secret);
  }
});

test('live-key: fixes move a credential secret to the vault and blank a comment', () => {
  const inCred = `credentials:\n  STAGING_STRIPE_KEY:\n    token: ${SK_LIVE}\n${CRED_BODY.replace('    source: vault\n    ref: secret/codex/staging\n', '')}`;
  const [fixed] = assertFixesWork(inCred, 'SG202');
  assert.ok(fixed.includes('    source: vault\n    ref: secret/staging_stripe_key\n'), fixed);
  const [fixed2] = assertFixesWork(`${CLEAN}# ${RK_LIVE}\n`, 'SG202');
  assert.ok(fixed2.endsWith('# REDACTED\n'));
  assert.equal(findingsOf(fixed2, 'SG202').length, 0);
});
