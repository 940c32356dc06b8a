// Each host rule's documented bad example triggers it and the good example does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostRules } from '../../../server/src/rules/task/hostRules.js';
import { check } from './run.js';

for (const rule of hostRules) {
  test(`${rule.id} ${rule.name}: docs examples`, () => {
    assert.match(rule.name, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(rule.docs.summary && rule.docs.why && rule.docs.fix);
    assert.ok(check(rule.docs.bad!).some((f) => f.ruleId === rule.id), 'bad example is not reported');
    assert.deepEqual(check(rule.docs.good!).filter((f) => f.ruleId.startsWith('SG10')).map((f) => f.message), []);
  });
}

test('shared-host key prefixes from the catalog', () => {
  const msg = (h: string) => check(`network:\n  allowlist:\n    - ${h}\n`).find((f) => f.ruleId === 'SG101')!.message;
  assert.match(msg('api.razorpay.com'), /rzp_test_/);
  assert.match(msg('api.easypost.com'), /EZTK/);
  assert.match(msg('api.paystack.co'), /sk_test_/);
});
