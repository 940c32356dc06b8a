import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
import { stagingName } from '../../../server/src/rules/task/production-credential-name.js';
import { CLEAN, CRED_BODY, PATH } from './helpers.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const named = (name: string) => `credentials:\n  ${name}:\n${CRED_BODY}`;

const valid: ValidRow[] = [
  { name: 'PRODUCT is not PROD', text: named('PRODUCT_API_KEY') },
  { name: 'DELIVERY is not LIVE', text: named('DELIVERY_API_KEY') },
  { name: 'PRODUCTIONS / LIVELY are not parts', text: `${named('LIVELY_KEY')}  PRODUCTIONS_KEY:\n${CRED_BODY}` },
  { name: 'the clean config', text: CLEAN },
];

const invalid: InvalidRow[] = [
  {
    name: 'PROD prefix',
    text: named('PROD_STRIPE_KEY'),
    errors: [
      { range: [2, 3, 2, 18], severity: 'error', message: 'Credential `PROD_STRIPE_KEY` is named for production (`PROD`): a sandbox task must get a dedicated sandbox key, named for what it is. Rename it to `STAGING_STRIPE_KEY` and point it at a sandbox key.' },
    ],
    output: 'credentials:\n  STAGING_STRIPE_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'LIVE in the middle',
    text: named('STRIPE_LIVE_KEY'),
    errors: [
      { range: [2, 3, 2, 18], severity: 'error', message: 'Credential `STRIPE_LIVE_KEY` is named for production (`LIVE`): a sandbox task must get a dedicated sandbox key, named for what it is. Rename it to `STRIPE_STAGING_KEY` and point it at a sandbox key.' },
    ],
    output: 'credentials:\n  STRIPE_STAGING_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'PRODUCTION suffix',
    text: named('PAYPAL_PRODUCTION'),
    errors: [
      { range: [2, 3, 2, 20], severity: 'error', message: 'Credential `PAYPAL_PRODUCTION` is named for production (`PRODUCTION`): a sandbox task must get a dedicated sandbox key, named for what it is. Rename it to `PAYPAL_STAGING` and point it at a sandbox key.' },
    ],
    output: 'credentials:\n  PAYPAL_STAGING:\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
  {
    name: 'quoted name',
    text: named('"PROD_API_KEY"'),
    errors: [
      { range: [2, 3, 2, 17], severity: 'error', message: 'Credential `PROD_API_KEY` is named for production (`PROD`): a sandbox task must get a dedicated sandbox key, named for what it is. Rename it to `STAGING_API_KEY` and point it at a sandbox key.' },
    ],
    output: 'credentials:\n  "STAGING_API_KEY":\n    source: vault\n    ref: secret/codex/staging\n    scope: task\n    permissions: read-only\n    label: Codex sandbox\n    rate_limit: {requests: 60, per: minute}\n',
  },
];

ruleTester('SG206', { valid, invalid });

test('production-credential-name: staging names', () => {
  assert.equal(stagingName('PROD_STRIPE_KEY'), 'STAGING_STRIPE_KEY');
  assert.equal(stagingName('STRIPE_LIVE_KEY'), 'STRIPE_STAGING_KEY');
  assert.equal(stagingName('PROD_LIVE_KEY'), 'STAGING_KEY');
  assert.equal(stagingName('PRODUCTION'), 'STAGING');
});

test('production-credential-name: the rename fix updates every reference in the file', () => {
  const text = `${named('PROD_STRIPE_KEY')}env:\n  STRIPE_KEY: \${PROD_STRIPE_KEY}\n  OTHER: $PROD_STRIPE_KEY\n  KEEP: \${PROD_STRIPE_KEY_2}\n# PROD_STRIPE_KEY is read by checkout.ts\n`;
  const [fixed] = assertFixesWork(text, 'SG206');
  assert.ok(!/PROD_STRIPE_KEY\b(?!_2)/.test(fixed), fixed);
  assert.ok(fixed.includes('  STAGING_STRIPE_KEY:\n'));
  assert.ok(fixed.includes('STRIPE_KEY: ${STAGING_STRIPE_KEY}\n  OTHER: $STAGING_STRIPE_KEY\n  KEEP: ${PROD_STRIPE_KEY_2}\n# STAGING_STRIPE_KEY is read'), fixed);
  const fix = checkText(text, { path: PATH }).findings.find((f) => f.ruleId === 'SG206')!.fixes[0];
  assert.equal(fix.title, 'Rename PROD_STRIPE_KEY to STAGING_STRIPE_KEY (and 3 other references in this file)');
  assert.notEqual(fix.safe, true);
});

test('production-credential-name: a taken name falls back to SANDBOX', () => {
  const text = `${named('PROD_API_KEY')}  STAGING_API_KEY:\n${CRED_BODY}`;
  const [fixed] = assertFixesWork(text, 'SG206');
  assert.ok(fixed.includes('  SANDBOX_API_KEY:\n'), fixed);
});
