// Rule metadata lives apart from rule code (rules/meta/): every rule the engine runs is registered
// there with the very same metadata, and every registered rule is run by some file kind.
import assert from 'node:assert/strict';
import test from 'node:test';
import { allRuleMetas } from '../../server/src/rules/meta/index.js';
import { taskRules } from '../../server/src/rules/task/index.js';
import { agentsRules } from '../../server/src/rules/agents/index.js';
import { policyRules } from '../../server/src/rules/policy/index.js';
import { claudeRules } from '../../server/src/rules/claude/index.js';
import { srtRules } from '../../server/src/rules/srt/index.js';
import { copilotRules } from '../../server/src/rules/copilot/index.js';
import { KINDS } from '../../server/src/kinds/index.js';
import { FILE_KINDS } from '../../common/filePatterns.js';
import { codexRules } from '../../server/src/rules/codex/index.js';

// reported by the reader and the suppression pass, not by a rule's check
const ENGINE_REPORTED = ['SG000', 'SG900', 'SG901'];

test('every rule run by a file kind has its metadata registered, unchanged', () => {
  const metas = new Map(allRuleMetas().map((m) => [m.id, m]));
  for (const r of [...taskRules, ...agentsRules, ...policyRules, ...claudeRules, ...srtRules, ...copilotRules, ...codexRules]) {
    const m = metas.get(r.id);
    assert.ok(m, `${r.id} has no metadata in rules/meta`);
    assert.equal(r.name, m.name, r.id);
    assert.equal(r.severity, m.severity, r.id);
    assert.deepEqual(r.docs, m.docs, r.id);
  }
});

test('every registered rule is run by some file kind, and IDs and names are unique', () => {
  const run = new Set([...taskRules, ...agentsRules, ...policyRules, ...claudeRules, ...srtRules, ...copilotRules, ...codexRules].map((r) => r.id));
  const metas = allRuleMetas();
  for (const m of metas) if (!ENGINE_REPORTED.includes(m.id)) assert.ok(run.has(m.id), `${m.id} is registered but never run`);
  assert.equal(new Set(metas.map((m) => m.id)).size, metas.length);
  assert.equal(new Set(metas.map((m) => m.name)).size, metas.length);
});

test('SG503 is declared once and runs on both file kinds', () => {
  assert.equal(allRuleMetas().filter((m) => m.id === 'SG503').length, 1);
  assert.ok(taskRules.some((r) => r.id === 'SG503'));
  assert.ok(agentsRules.some((r) => r.id === 'SG503'));
});

test('a rule is run by exactly the kinds its metadata names (`kind` and `alsoKinds`), so its docs say which files it checks', () => {
  const metas = allRuleMetas().filter((m) => !ENGINE_REPORTED.includes(m.id));
  for (const kind of FILE_KINDS) {
    const run = KINDS[kind].rules.map((r) => r.id).sort();
    const declared = metas.filter((m) => m.kind === kind || m.alsoKinds?.includes(kind)).map((m) => m.id).sort();
    assert.deepEqual(run, declared, kind);
  }
});

test('the shared settings rules keep the task rules\' IDs and names (they mean the same)', () => {
  for (const id of ['SG101', 'SG102', 'SG103', 'SG104', 'SG201', 'SG202']) {
    const task = taskRules.find((r) => r.id === id)!;
    for (const rules of [claudeRules, srtRules, copilotRules, codexRules]) {
      const r = rules.find((x) => x.id === id);
      assert.ok(r, id);
      assert.equal(r.name, task.name);
      assert.notEqual(r.check, task.check, `${id} reads the settings model, not task documents`);
    }
  }
});
