// Bugs found trying AGENTS.md checks as a user would (realistic files, fixes applied in sequence).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firmFix } from '../../server/src/agents/firm.js';
import { recognize } from '../../server/src/agents/recognize.js';
import { assertFixesWork, positions } from '../helpers/fixes.js';
import { AGENTS, check, GOOD } from './helpers.js';

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

test('SG408 in a table: each row is its own statement; the fix removes the row, not the table', () => {
  const table = [
    '| Service | Host | Notes |',
    '|---|---|---|',
    '| Payments | `api.stripe.com` | prod |',
    '| Staging | `api.staging.example.com` | use this |',
    '| Reports | `reports.example.com` | you may call the production API for read-only checks |',
    '| Mail | `mail.example.com` | staging only |',
  ];
  const text = `${GOOD}\n## Services\n\n${table.join('\n')}\n`;
  const f = check(text);
  // "prod" in one row and "use this" in the next are not one sentence
  assert.deepEqual(positions(f), [['SG408', 15, 1, 15, table[4].length + 1]]);
  const [fixed] = assertFixesWork(text, 'SG408', AGENTS);
  assert.equal(fixed, `${GOOD}\n## Services\n\n${table.filter((_, i) => i !== 4).join('\n')}\n`);
});

test('SG408 on a wrapped line of a paragraph: the fix removes the line without splitting the paragraph', () => {
  const text = `${GOOD}\n## Notes\n\nUse staging for everything.\nYou may call the production API for read-only checks.\nAsk in #infra otherwise.\n`;
  assert.deepEqual(positions(check(text)), [['SG408', 12, 1, 12, 54]]);
  const [fixed] = assertFixesWork(text, 'SG408', AGENTS);
  assert.equal(fixed, `${GOOD}\n## Notes\n\nUse staging for everything.\nAsk in #infra otherwise.\n`);
});

test('YAML front matter is metadata, not a heading: no Rules section is found in it and no fix writes into it', () => {
  const fm = '---\ndescription: Coding rules for agents\nowner: platform\n---\n';
  const text = `${fm}\n# Guide\n\nRun tests.\n`;
  const f = check(text);
  assert.deepEqual(positions(f), [['SG401', 1, 1, 1, 4]]);
  const [fixed] = assertFixesWork(text, 'SG401', AGENTS);
  assert.ok(fixed.startsWith(`${fm}\n# Guide\n\nRun tests.\n\n## Rules\n\n- NEVER call production`), fixed);
  // with the rules in the body, the front matter is left alone and the file is clean
  assert.deepEqual(positions(check(`${fm}\n${GOOD}`)), []);
  // a production URL in the front matter is still seen, and said to be there
  const url = check(`---\ndocs: https://api.paypal.com/v1\n---\n\n${GOOD}`);
  assert.deepEqual(positions(url), [['SG407', 2, 15, 2, 29]]);
  assert.match(url[0].message, /in the front matter/);
});
