// Generated over every single-file rule: its documented `bad` example triggers that very rule (other rules
// may fire too: examples are short snippets, e.g. a credential without the fields other rules ask for), and
// its `good` example gives nothing of that rule and nothing at error severity. The rule pages and the
// hover show these examples, so they must be true (fix a failing example in the rule's metadata, then `npm run docs`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';
import type { FileKind, RuleMeta } from '../../server/src/core/types.js';
import { allRuleMetas } from '../../server/src/rules/meta/index.js';

/** Rules whose examples are not one file's text, and where they are tested instead. */
const NOT_SINGLE_FILE: Record<string, string> = {
  SG000: 'reported by the file reader before any text is checked (test/cli/badInput.test.ts)',
  SG501: 'cross-file: a task config and its governing AGENTS.md (test/agents/cross.test.ts)',
  SG502: 'cross-file: AGENTS.md and the task configs it governs (test/agents/cross.test.ts)',
  SG503: 'cross-file: a task config and its governing AGENTS.md (test/agents/cross.test.ts)',
};

const PATH: Record<FileKind, string> = { task: 'task.sandbox.yaml', agents: 'AGENTS.md', policy: '.sandbox-guard.yaml', claude: '.claude/settings.json', srt: '.srt-settings.json', copilot: '.github/workflows/copilot-setup-steps.yml', codex: '.codex/config.toml' };
const findings = (rule: RuleMeta, text: string) => checkText(text, { path: PATH[rule.kind] }).findings;
const show = (fs: ReturnType<typeof findings>) => fs.map((f) => `${f.ruleId} ${f.severity} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`);

const rules = allRuleMetas().filter((r) => !(r.id in NOT_SINGLE_FILE));

test('the generated suite covers every rule but the listed cross-file and reader rules', () => {
  assert.equal(rules.length + Object.keys(NOT_SINGLE_FILE).length, allRuleMetas().length);
  for (const id of Object.keys(NOT_SINGLE_FILE)) assert.ok(allRuleMetas().some((r) => r.id === id), `${id} is no rule`);
});

for (const rule of rules) {
  test(`${rule.id} ${rule.name}: docs bad example triggers it`, () => {
    assert.match(rule.name, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(rule.docs.summary && rule.docs.why && rule.docs.fix, 'has summary, why and fix');
    assert.ok(rule.docs.bad, 'has a bad example');
    const found = findings(rule, rule.docs.bad);
    assert.ok(found.some((f) => f.ruleId === rule.id), `not reported:\n${show(found).join('\n')}`);
  });
  test(`${rule.id} ${rule.name}: docs good example is clean of it`, () => {
    assert.ok(rule.docs.good, 'has a good example');
    const found = findings(rule, rule.docs.good);
    assert.deepEqual(show(found.filter((f) => f.ruleId === rule.id || f.severity === 'error')), []);
  });
}
