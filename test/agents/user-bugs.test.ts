// Bugs found trying AGENTS.md checks as a user would (realistic files, fixes applied in sequence).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firmFix } from '../../server/src/models/agents/firm.js';
import { recognize } from '../../server/src/models/agents/recognize.js';
import { assertFixesWork, positions } from '../helpers/fixes.js';
import { checkText } from '../../server/src/engine/check.js';
import { AGENTS, check, GOOD, memoryWorkspace } from './helpers.js';

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

test('cross-file related information points at the line in the other file (not at its first line)', () => {
  const agents = '# Agents\n\nIntro.\n\n## Rules\n\n- NEVER call production API endpoints from cloud tasks\n\nCall https://hooks.staging.example.com/ping first.\n';
  const config = '# payments\nnetwork:\n  allowlist:\n    - api.staging.example.com\n';
  const ws = memoryWorkspace({ '/ws/AGENTS.md': agents, '/ws/pay.sandbox.yaml': config });
  // SG501 on the config links the governing AGENTS.md's Rules heading (line 5)
  const sg501 = checkText(config, { path: '/ws/pay.sandbox.yaml', workspace: ws }).findings.find((f) => f.ruleId === 'SG501')!;
  assert.deepEqual(sg501.related?.map((r) => [r.path, r.range?.start.line, r.range?.start.character, r.range?.end.character]), [['/ws/AGENTS.md', 4, 0, 8]]);
  // SG502 on AGENTS.md links the config's `network` key (line 2)
  const sg502 = checkText(agents, { path: '/ws/AGENTS.md', workspace: ws }).findings.find((f) => f.ruleId === 'SG502')!;
  assert.deepEqual(sg502.related?.map((r) => [r.path, r.range?.start.line, r.range?.start.character, r.range?.end.character]), [['/ws/pay.sandbox.yaml', 1, 0, 7]]);
});

test('a host named in a suppression comment\'s reason is not itself reported', () => {
  const text = `${GOOD}\n<!-- sandbox-guard-disable-next-line SG407 -- https://api.paypal.com is only linked as vendor docs -->\nVendor docs: https://api.paypal.com/docs\n`;
  assert.deepEqual(positions(check(text)), []);
  // other HTML comments are still read: an agent sees them in the raw file
  assert.deepEqual(positions(check(`${GOOD}\n<!-- old endpoint: https://api.paypal.com/v1 -->\n`)), [['SG407', 9, 28, 9, 42]]);
});

test('a missing rule added to a loose list (blank lines between items) keeps the blank lines', () => {
  const text = '# A\n\n## Rules\n\n1. NEVER call production API endpoints from cloud tasks.\n\n2. Always use staging/sandbox API keys — never production keys.\n\n3. All external API calls must include error handling and timeouts.\n\n## Testing\n\nRun `npm test`.\n';
  const [fixed] = assertFixesWork(text, 'SG405', AGENTS);
  // and its full stops (issue 7: the added rule ends like its neighbours)
  assert.equal(fixed, text.replace('timeouts.\n\n## Testing', 'timeouts.\n\n4. Log all external API calls for audit.\n\n## Testing'));
});
