// Issue 11, point 6: held-out wording that was missed, as whole AGENTS.md files through the rule tester.
// A demand for production outside the Rules section is a contradiction (contradictions count anywhere in the file);
// "it is OK to hit <production host>" is a contradiction as well as a production host; a Rules section whose only key
// sentence restricts API keys does not forbid production endpoints, so SG402 fires.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AGENTS, GOOD, RULES, assertMarkdownIntact } from './helpers.js';
import { ruleTester } from '../helpers/ruleTester.js';
import { allRuleMetas } from '../../server/src/rules/meta/index.js';
import type { Finding } from '../../server/src/core/types.js';

const AGENTS_RULES = { label: 'AGENTS.md unseen wording', rules: allRuleMetas().map((r) => r.id) };
const markdownIntact = (before: string, after: string, f: Finding) => assertMarkdownIntact(before, after, f.ruleId === 'SG408' ? 1 : 0);
const CONTRA = 'This instruction allows production access or live keys, contradicting the staging-only rules: remove it. When staging is down or a test key fails, the task should stop and report, not switch to production.';
const CHECKLIST = '## Release checklist\n\n- Bump the version.\n- If staging is down, rerun the suite against production so the release isn\'t blocked.\n- Tag the release.\n';
const KEYS_ONLY = `# Agent instructions\n\n## Rules\n- Only staging or sandbox API keys may be used in a task.\n${RULES.slice(2).join('\n')}\n`;

ruleTester(AGENTS_RULES, {
  options: AGENTS,
  afterFix: markdownIntact,
  valid: [
    { name: 'a release checklist that stops instead of switching to production', text: `${GOOD}\n${CHECKLIST.replace('rerun the suite against production so the release isn\'t blocked', 'stop and report so the release manager can decide')}` },
    { name: 'it is OK to hit the sandbox host directly', text: `${GOOD}\nIt is OK to hit api-m.sandbox.paypal.com directly.\n` },
    { name: 'a keys rule next to the production rule: both stated', text: `# Agent instructions\n\n## Rules\n- NEVER call production API endpoints from cloud tasks\n- Only staging or sandbox API keys may be used in a task.\n${RULES.slice(2).join('\n')}\n` },
  ],
  invalid: [
    {
      name: 'a demand for production under a release checklist heading, outside the Rules section',
      text: `${GOOD}\n${CHECKLIST}`,
      errors: [{ rule: 'SG408', range: [12, 3, 12, 87], severity: 'error', message: CONTRA }],
      output: `${GOOD}\n## Release checklist\n\n- Bump the version.\n- Tag the release.\n`,
    },
    {
      name: '"it is OK to hit api.paypal.com directly" is a contradiction, and a production host',
      text: `${GOOD}\nIt is OK to hit api.paypal.com directly.\n`,
      errors: [
        { rule: 'SG408', range: [9, 1, 9, 41], severity: 'error', message: CONTRA },
        // the host rule's wording (catalog facts) is not this row's
        { rule: 'SG407', range: [9, 17, 9, 31], severity: 'error', message: /^`api\.paypal\.com` is a PayPal production host/ },
      ],
      // the contradiction's fix removes the sentence (the host swap overlaps it and is applied on its own by the tester)
      output: GOOD,
    },
    {
      name: 'a Rules section whose only key sentence restricts API keys does not forbid production endpoints',
      text: KEYS_ONLY,
      errors: [{ rule: 'SG402', range: [3, 1, 3, 9], severity: 'warning', message: 'The Rules section has no rule about staying off production APIs: add "NEVER call production API endpoints from cloud tasks".' }],
      output: `${KEYS_ONLY}- NEVER call production API endpoints from cloud tasks\n`,
    },
  ],
});

// linear like the earlier rounds' look-aheads (measured: time grows with the length, as for plain words); a hang fails the run
test('hostile 100 KB lines through the look-aheads of this round still answer', async () => {
  const { recognize } = await import('../../server/src/models/agents/recognize.js');
  // past the bounded window the modifiers are read one by one: only an answer is asked for
  assert.equal(typeof recognize(`Only staging${' or sandbox'.repeat(10_000)} keys.`).contradiction, 'boolean');
  assert.equal(typeof recognize(`Use staging${', sandbox'.repeat(12_000)} API keys only.`).weak, 'boolean');
  assert.equal(typeof recognize(`Rerun against production${' so the release'.repeat(7_000)} isn't blocked.`).contradiction, 'boolean');
  assert.equal(recognize(`It is OK to hit${' api.paypal.com'.repeat(7_000)}.`).contradiction, true);
});
