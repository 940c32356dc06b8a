// Editor helpers: hover on rule lines, completions (missing rules, staging hosts), the add-rules command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agentsCompletions, agentsHover, addStagingRulesEdit } from '../../server/src/models/agents/editor.js';
import { applyEdits } from '../../server/src/core/applyEdits.js';
import { positions } from '../helpers/fixes.js';
import { check, GOOD, memoryWorkspace, without } from './helpers.js';

const at = (text: string, needle: string, delta = 0) => text.indexOf(needle) + delta;

test('hover on a rule line: what it protects against and which rule it satisfies', () => {
  const h = agentsHover(GOOD, at(GOOD, 'NEVER call', 3));
  assert.ok(h);
  assert.match(h!, /\*\*Staging-only rule: staying off production APIs\*\* — satisfies \[SG402 agents-no-production-rule\]\(https:\/\/.*agents-no-production-rule\.md\)/);
  assert.match(h!, /real charges/);
  // hovering on the list marker counts too
  assert.match(agentsHover(GOOD, at(GOOD, '- Log all'))!, /SG405 agents-audit-logging-rule/);
  assert.equal(agentsHover(GOOD, at(GOOD, 'Agent instructions')), undefined, 'not on the title');
});

test('hover on a half rule, a weak rule, and a rule outside the section', () => {
  const text = '# A\n\nNever call production APIs.\n\n## Rules\n- Try to add timeouts to external API calls.\n';
  const half = agentsHover(text, at(text, 'timeouts'))!;
  assert.match(half, /Half of a staging-only rule: timeouts.*also needs error handling/);
  assert.match(half, /Worded as a wish.*SG406/);
  assert.match(agentsHover(text, at(text, 'Never call'))!, /Outside the Rules section/);
});

test('completion inside the Rules section offers exactly the missing rules, in the list style', () => {
  const text = '# A\n\n## Rules\n\n1. NEVER call production API endpoints from cloud tasks\n2. Use sandbox credentials only.\n\n';
  const items = agentsCompletions(text, text.length - 1);
  assert.deepEqual(items.map((i) => i.label), ['All external API calls must include error handling and timeouts', 'Log all external API calls for audit']);
  assert.equal(items[0].insertText, '3. All ${1:external API calls} must include error handling and timeouts');
  assert.equal(items[0].snippet, true);
  // with a marker already typed, only the text is inserted
  const typed = `${without(0, 1)}- `;
  const t = agentsCompletions(typed, typed.length);
  assert.deepEqual(t.map((i) => i.insertText), ['NEVER call production API endpoints from ${1:cloud tasks}', 'Always use ${1:staging/sandbox API keys} — never production keys']);
  assert.deepEqual(t[0].range, { start: typed.length, end: typed.length });
  assert.deepEqual(agentsCompletions(GOOD, GOOD.length), [], 'nothing is missing');
  assert.deepEqual(agentsCompletions('# A\n\nText.\n', 5), [], 'outside a Rules section');
});

test('completion inside a URL offers staging hosts: governed allowlists first, then the catalog', () => {
  const text = `${GOOD}\nRun \`curl https://api.s`;
  const ws = memoryWorkspace({ '/ws/AGENTS.md': text, '/ws/t.sandbox.yaml': 'network:\n  allowlist:\n    - api.staging.example.com\n' });
  const items = agentsCompletions(text, text.length, { path: '/ws/AGENTS.md', workspace: ws });
  assert.equal(items[0].label, 'api.staging.example.com');
  assert.match(items[0].detail, /allowlisted in \/ws\/t\.sandbox\.yaml/);
  assert.deepEqual(items[0].range, { start: text.length - 5, end: text.length });
  assert.ok(items.some((i) => i.label === 'api-m.sandbox.paypal.com' || i.label.startsWith('api.s')));
  assert.ok(items.every((i) => i.label.startsWith('api.s')));
  const paypal = agentsCompletions(`${GOOD}\nhttps://api-m.`, GOOD.length + 15);
  assert.ok(paypal.some((i) => i.label === 'api-m.sandbox.paypal.com'));
});

test('Add Staging-Only Rules: creates, appends, inserts, or does nothing — and the result is clean', () => {
  const created = applyEdits('', addStagingRulesEdit(undefined));
  assert.match(created, /^# Agent instructions\n/);
  assert.deepEqual(positions(check(created)), []);
  const appended = applyEdits('# Notes\n\n* a\n', addStagingRulesEdit('# Notes\n\n* a\n'));
  assert.match(appended, /\n## Rules\n\n\* NEVER call production/);
  assert.deepEqual(positions(check(appended)), []);
  const inserted = applyEdits(without(1, 2), addStagingRulesEdit(without(1, 2)));
  assert.deepEqual(positions(check(inserted)), []);
  assert.deepEqual(addStagingRulesEdit(GOOD), []);
});

test('Add Staging-Only Rules follows the list punctuation: full stops where the items have them, none where they do not', () => {
  const dotted = '# Agent notes\n\n## Rules\n\n- Run the unit tests before pushing.\n- Keep commits small.\n';
  const withDots = applyEdits(dotted, addStagingRulesEdit(dotted));
  assert.match(withDots, /- Keep commits small\.\n- NEVER call production API endpoints from cloud tasks\.\n/);
  assert.match(withDots, /- Log all external API calls for audit\.\n$/);
  assert.deepEqual(positions(check(withDots)), []);
  const bare = '# Agent notes\n\n## Rules\n\n1. Run the unit tests before pushing\n2. Keep commits small\n';
  const withoutDots = applyEdits(bare, addStagingRulesEdit(bare));
  assert.match(withoutDots, /2\. Keep commits small\n3\. NEVER call production API endpoints from cloud tasks\n/);
  // a new section continues the punctuation of the file's first list
  const elsewhere = '# Notes\n\n* Use pnpm.\n* Lint before commit.\n';
  assert.match(applyEdits(elsewhere, addStagingRulesEdit(elsewhere)), /\n## Rules\n\n\* NEVER call production API endpoints from cloud tasks\.\n/);
});
