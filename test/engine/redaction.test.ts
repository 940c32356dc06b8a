import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';

const KEY = 'sk_live_' + '4eC39HqLyjWDarjtT1zdp7dc9f2c';

// Rules that echo an entry or a name (host rules, schema errors, rename suggestions) must still never
// let a secret out: the engine redacts every finding before it leaves.
const cases: [string, string][] = [
  ['allowlist entry', `network:\n  allowlist:\n    - ${KEY}\n`],
  ['https URL with the key as userinfo', `network:\n  allowlist:\n    - https://${KEY}@api.stripe.com/v1\n`],
  ['env value', `env:\n  STRIPE_KEY: ${KEY}\n`],
  ['comment', `# old key: ${KEY}\nname: x\n`],
  ['credential value', `credentials:\n  STAGING_STRIPE:\n    value: ${KEY}\n`],
  ['unknown property holding the key', `credentials:\n  STAGING_STRIPE:\n    source: vault\n    ${KEY}: 1\n`],
];

for (const [name, text] of cases) {
  test(`no finding echoes a live key: ${name}`, () => {
    const r = checkText(text, { path: 'a.sandbox.yaml', reportSuppressions: true });
    assert.ok(r.findings.length > 0);
    const out = JSON.stringify([r.findings.map((f) => [f.message, f.fixes.map((x) => x.title), f.related]), r.suppressed]);
    assert.ok(!out.includes(KEY), out);
    assert.ok(!out.includes(KEY.slice(8, 24)), out);
  });
}

test('the live key is reported, in redacted form', () => {
  const r = checkText(`env:\n  STRIPE_KEY: ${KEY}\n`, { path: 'a.sandbox.yaml' });
  const live = r.findings.find((f) => f.ruleId === 'SG202');
  assert.ok(live, JSON.stringify(r.findings.map((f) => f.ruleId)));
  assert.match(live.message, /sk_live_…9f2c/);
});

test('a rename whose new name would still carry a secret is not offered; an ordinary production name keeps its rename', () => {
  const token = 'ghp_' + 'q8Zr4TfW2mK9vB7xN3pLa1Sd5Fg6Hj0KlZx9';
  const withSecret = checkText(`credentials:\n  PROD_${token}:\n    source: vault\n`, { path: 'a.sandbox.yaml' });
  const sg206 = withSecret.findings.find((f) => f.ruleId === 'SG206');
  assert.ok(sg206, JSON.stringify(withSecret.findings.map((f) => f.ruleId)));
  assert.deepEqual(sg206.fixes.map((x) => x.title), []);
  assert.ok(!JSON.stringify(withSecret.findings).includes(token.slice(4, 12)));
  const plain = checkText('credentials:\n  PROD_STRIPE_KEY:\n    source: vault\n', { path: 'a.sandbox.yaml' });
  assert.ok(plain.findings.find((f) => f.ruleId === 'SG206')?.fixes.some((x) => /STAGING_STRIPE_KEY/.test(x.title)));
});
