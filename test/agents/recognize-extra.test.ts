// The firm rewrites offered by the SG406 quick fix for the hedge forms the recogniser knows, and hostile long
// lines (the recogniser and the rewrites must stay linear: these inputs took tens of seconds when they were not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firmFix, firmRewrite } from '../../server/src/models/agents/firm.js';
import { recognize } from '../../server/src/models/agents/recognize.js';

test('SG406 firm rewrites: every hedge form becomes a rule stating the same thing', () => {
  const cases: [string, string][] = [
    ['It would be good to log outbound API calls.', 'Always log outbound API calls.'],
    ["It's a good idea to audit-log all third-party API calls.", 'Always audit-log all third-party API calls.'],
    ['It is recommended to use sandbox keys.', 'Always use sandbox keys.'],
    ['If you can, put a timeout on HTTP requests.', 'Put a timeout on HTTP requests.'],
    ['Where possible, stick to staging APIs.', 'Stick to staging APIs.'],
    ['Prefer staging endpoints over prod.', 'Use only staging endpoints, never prod.'],
    ['Prefer sandbox keys over live ones.', 'Use only sandbox keys, never live ones.'],
    ['Production endpoints should be avoided.', 'Production endpoints are forbidden.'],
    ["We'd prefer that tasks only hit staging APIs.", 'Tasks only hit staging APIs.'],
    ["We'd rather you didn't hit prod from tasks.", 'You must not hit prod from tasks.'],
    ['Try to avoid production.', 'NEVER call production.'],
    ['Consider logging third-party API calls for audit.', 'Log third-party API calls for audit.'],
  ];
  for (const [weak, firm] of cases) {
    assert.equal(recognize(weak).weak, true, `weak: ${weak}`);
    assert.equal(firmFix(weak), firm, weak);
    assert.deepEqual([...recognize(firm).concepts].sort(), [...recognize(weak).concepts].sort(), `same rules: ${firm}`);
  }
});

test('emphatic negations are firm, not weak', () => {
  for (const s of ['Under no circumstances should a task call production APIs.', 'At no point should an agent use live keys.', 'In no case should an HTTP call run without a timeout.', 'On no account should prod be contacted.']) {
    const r = recognize(s);
    assert.ok(r.concepts.size > 0, s);
    assert.equal(r.weak, false, s);
    assert.equal(r.contradiction, false, s);
  }
});

test('hostile 100 KB lines: the recogniser and the rewrites still answer (linear passes)', () => {
  const n = 100_000;
  const long = 'never call the production api from a task and always use sandbox keys '.repeat(n / 70);
  assert.deepEqual([...recognize(long).concepts].sort(), ['keys', 'production']);
  // these shapes were quadratic: predicate negation per token, whitespace-led rewrite patterns
  assert.equal(recognize('do not call production '.repeat(n / 23)).concepts.has('production'), true);
  assert.equal(recognize('no, production, '.repeat(n / 16)).contradiction, false);
  assert.equal(recognize('call nothing other than staging apis '.repeat(n / 37)).concepts.has('production'), true);
  assert.equal(firmRewrite(' '.repeat(n) + 'if x'), 'If x');
  assert.equal(firmRewrite('should' + '\t '.repeat(n / 2) + '.'), 'Must.');
});
