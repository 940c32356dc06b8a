import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFixesWork } from '../../helpers/fixes.js';
import { checkText } from '../../../server/src/engine/check.js';
import { stagingName } from '../../../server/src/rules/task/production-credential-name.js';
import { CRED_BODY, CLEAN, PATH, runCase, type Case } from './helpers.js';

const named = (name: string) => `credentials:\n  ${name}:\n${CRED_BODY}`;

const cases: Case[] = [
  { name: 'PROD prefix', text: named('PROD_STRIPE_KEY'), expect: [[2, 3, 2, 18]], messages: [['named for production (`PROD`)', 'Rename it to `STAGING_STRIPE_KEY`']] },
  { name: 'LIVE in the middle', text: named('STRIPE_LIVE_KEY'), expect: [[2, 3, 2, 18]], messages: ['`STRIPE_STAGING_KEY`'] },
  { name: 'PRODUCTION suffix', text: named('PAYPAL_PRODUCTION'), expect: [[2, 3, 2, 20]] },
  { name: 'quoted name', text: named('"PROD_API_KEY"'), expect: [[2, 3, 2, 17]] },
  { name: 'PRODUCT is not PROD', text: named('PRODUCT_API_KEY'), expect: [] },
  { name: 'DELIVERY is not LIVE', text: named('DELIVERY_API_KEY'), expect: [] },
  { name: 'PRODUCTIONS / LIVELY are not parts', text: `${named('LIVELY_KEY')}  PRODUCTIONS_KEY:\n${CRED_BODY}`, expect: [] },
  { name: 'the clean config', text: CLEAN, expect: [] },
];

test('production-credential-name: table', () => {
  for (const c of cases) runCase('SG206', c);
});

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
