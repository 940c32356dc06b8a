import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
import { assertNoSecret, CLEAN, CRED_BODY, findingsOf, PATH } from './helpers.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

// Assembled at runtime so this file never holds a scannable key.
const j = (...p: string[]) => p.join('');
const SK_LIVE = j('sk_', 'live_', '4eC39HqLyjWDarjtT1zdp7dc');
const RK_LIVE = j('rk_', 'live_', '51H8aBcDeFgHiJkLmNoPqRsT');
const PK_LIVE = j('pk_', 'live_', '51h8abcdefghijklmnopqrst');
const KLARNA_LIVE = j('klarna_', 'live_', 'api_', 'Zm9vYmFyYmF6cXV4');
const FLW_LIVE = j('FLWSECK-', '0123456789abcdef0123456789abcdef', '-X');
const SK_TEST = j('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc');
// mixed case, as Stripe issues them
const PK_LIVE_MIXED = j('pk_', 'live_', '51HabcDEFghiJKLmnoPQRstuVWXyz0123');
const PK_TEST = j('pk_', 'test_', '51HabcDEFghiJKLmnoPQRstuVWXyz0123');

const valid: ValidRow[] = [
  { name: 'test-mode key is not live (SG201 reports it)', text: `# ${SK_TEST}\n${CLEAN}` },
  { name: 'the words live/prod alone are not keys', text: `# sk_live_ keys never go here; live_ and prod are fine words\n${CLEAN}` },
  { name: 'the clean config', text: CLEAN },
  { name: 'a test-mode publishable key is public by design: no live-key finding', text: CLEAN.replace('env:\n', `env:\n  STRIPE_PUBLISHABLE_KEY: ${PK_TEST}\n`) },
];

const invalid: InvalidRow[] = [
  {
    name: 'sk_live_ in an env value',
    text: CLEAN.replace('env:\n', `env:\n  STRIPE_KEY: ${SK_LIVE}\n`),
    errors: [
      { range: [15, 15, 15, 47], severity: 'error', message: 'LIVE Stripe key `sk_live_…p7dc` in `STRIPE_KEY`: it acts on production (real customers, data and money). Revoke it now at the provider (it stays in the git history) and give the task a sandbox or test-mode key from a secrets manager.' },
    ],
  },
  {
    name: 'rk_live_ in a comment',
    text: `${CLEAN}# restricted key for reports: ${RK_LIVE}\n`,
    errors: [
      { range: [17, 31, 17, 63], severity: 'error', message: 'LIVE Stripe key `rk_live_…qRsT` in a comment: it acts on production (real customers, data and money). Revoke it now at the provider (it stays in the git history) and give the task a sandbox or test-mode key from a secrets manager.' },
    ],
    output: `${CLEAN}# restricted key for reports: REDACTED\n`,
  },
  {
    name: 'publishable live key is a warning',
    text: CLEAN.replace('env:\n', `env:\n  STRIPE_PUBLISHABLE: "${PK_LIVE}"\n`),
    errors: [
      { range: [15, 24, 15, 56], severity: 'warning', message: 'Live Stripe publishable key `pk_live_…qrst` in the file: publishable, not secret (browsers see it, nothing to revoke), but a live-mode key: it ties the sandbox task to the production account. Use the test-mode publishable key (pk_test_…) instead.' },
    ],
  },
  {
    name: 'a mixed-case publishable live key (as Stripe issues them) is found, and said to be publishable',
    text: CLEAN.replace('env:\n', `env:\n  STRIPE_PUBLISHABLE_KEY: ${PK_LIVE_MIXED}\n`),
    errors: [
      { range: [15, 27, 15, 68], severity: 'warning', message: 'Live Stripe publishable key `pk_live_…0123` in `STRIPE_PUBLISHABLE_KEY`: publishable, not secret (browsers see it, nothing to revoke), but a live-mode key: it ties the sandbox task to the production account. Use the test-mode publishable key (pk_test_…) instead.' },
    ],
  },
  {
    name: 'Klarna and Flutterwave live formats',
    text: `# ${KLARNA_LIVE}\n# ${FLW_LIVE}\n${CLEAN}`,
    errors: [
      { range: [1, 3, 1, 35], severity: 'error', message: 'LIVE Klarna key `klarna_live_api_…V4` in a comment: it acts on production (real customers, data and money). Revoke it now at the provider (it stays in the git history) and give the task a sandbox or test-mode key from a secrets manager.' },
      { range: [2, 3, 2, 45], severity: 'error', message: 'LIVE Flutterwave key `FLWSECK-…ef-X` in a comment: it acts on production (real customers, data and money). Revoke it now at the provider (it stays in the git history) and give the task a sandbox or test-mode key from a secrets manager.' },
    ],
    output: `# REDACTED\n# REDACTED\n${CLEAN}`,
  },
  {
    name: 'live key as a credential property',
    text: `credentials:\n  STAGING_STRIPE_KEY:\n    token: ${SK_LIVE}\n${CRED_BODY.replace('    source: vault\n    ref: secret/codex/staging\n', '')}`,
    errors: [
      { range: [3, 12, 3, 44], severity: 'error', message: 'LIVE Stripe key `sk_live_…p7dc` in credential `STAGING_STRIPE_KEY`: it acts on production (real customers, data and money). Revoke it now at the provider (it stays in the git history) and give the task a sandbox or test-mode key from a secrets manager.' },
    ],
    output: 'credentials:\n  STAGING_STRIPE_KEY:\n    source: vault\n    ref: secret/staging_stripe_key\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
];

ruleTester('SG202', { valid, invalid });

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

test('a test-mode publishable key is no secret-in-file either (nothing to revoke), wherever it is written', () => {
  for (const text of [
    CLEAN.replace('env:\n', `env:\n  STRIPE_PUBLISHABLE_KEY: ${PK_TEST}\n`),
    CLEAN.replace('env:\n', `env:\n  NOTE: "${PK_TEST}"\n`),
    `# browser key: ${PK_TEST}\n${CLEAN}`,
  ]) {
    const ids = checkText(text, { path: PATH }).findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('SG201') && !ids.includes('SG202'), `${ids.join(', ')}\n${text}`);
  }
});
