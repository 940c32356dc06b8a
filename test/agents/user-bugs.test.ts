// Bugs found trying AGENTS.md checks as a user would (realistic files, fixes applied in sequence).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firmFix } from '../../server/src/agents/firm.js';
import { recognize } from '../../server/src/agents/recognize.js';

test('SG406: "avoid production keys" becomes "NEVER use production keys", not "NEVER call production keys"', () => {
  const cases: [string, string][] = [
    ['Try to avoid production keys.', 'NEVER use production keys.'],
    ['You should avoid production credentials.', 'NEVER use production credentials.'],
    ['Try to avoid prod tokens in tasks.', 'NEVER use prod tokens in tasks.'],
    // an environment or API is still called
    ['Try to avoid production.', 'NEVER call production.'],
    ['Ideally avoid production API endpoints.', 'NEVER call production API endpoints.'],
  ];
  for (const [weak, firm] of cases) {
    assert.equal(recognize(weak).weak, true, `weak: ${weak}`);
    assert.equal(firmFix(weak), firm, weak);
  }
});
