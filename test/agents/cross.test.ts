// Cross-file rules between task configs and their governing AGENTS.md, on an in-memory workspace.
// The rules' ranges, messages, severities and fixes are tables run by the rule tester, in
// test/rules/cross/*.test.ts; kept here is only what the tester cannot express: the governance search,
// and related information that points into the other file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';
import { governingAgentsPath } from '../../server/src/models/agents/governance.js';
import { positions } from '../helpers/fixes.js';
import { GOOD, memoryWorkspace, without } from './helpers.js';

const CONFIG = '# payments tests\nnetwork:\n  allowlist:\n    - api.staging.example.com\n';

function checkFile(ws: ReturnType<typeof memoryWorkspace>, path: string) {
  return checkText(ws.files[path], { path, workspace: ws }).findings;
}

test('the nearest AGENTS.md governs, and the search stops at the workspace root', () => {
  const ws = memoryWorkspace({ '/AGENTS.md': GOOD, '/ws/AGENTS.md': GOOD, '/ws/svc/AGENTS.md': GOOD, '/ws/svc/a/b/t.sandbox.yaml': CONFIG, '/ws/other/t.sandbox.yaml': CONFIG, '/elsewhere/t.sandbox.yaml': CONFIG });
  assert.equal(governingAgentsPath('/ws/svc/a/b/t.sandbox.yaml', ws), '/ws/svc/AGENTS.md');
  assert.equal(governingAgentsPath('/ws/other/t.sandbox.yaml', ws), '/ws/AGENTS.md');
  delete ws.files['/ws/AGENTS.md'];
  assert.equal(governingAgentsPath('/ws/other/t.sandbox.yaml', ws), undefined, 'must not look above the workspace root');
  assert.equal(governingAgentsPath('/elsewhere/t.sandbox.yaml', ws), '/AGENTS.md', 'outside every root, the walk goes to the top');
});

test('SG501 nested AGENTS.md lacking rules: links it (related information)', () => {
  const ws = memoryWorkspace({ '/ws/AGENTS.md': GOOD, '/ws/svc/AGENTS.md': without(1, 3), '/ws/svc/pay.sandbox.yaml': CONFIG, '/ws/web/w.sandbox.yaml': CONFIG });
  const sg501 = checkFile(ws, '/ws/svc/pay.sandbox.yaml').find((x) => x.ruleId === 'SG501')!;
  assert.deepEqual(sg501.related?.map((r) => r.path), ['/ws/svc/AGENTS.md']);
});

const FORBIDS = `${GOOD}- NEVER call \`api.example.com\` from cloud tasks\n`;
const ALLOWS = 'network:\n  allowlist:\n    - api.staging.example.com\n    - api.example.com\n';

test('SG503 reported on both sides, each linking the other (related information)', () => {
  const ws = memoryWorkspace({ '/ws/AGENTS.md': FORBIDS, '/ws/pay.sandbox.yaml': ALLOWS });
  const onAgents = checkFile(ws, '/ws/AGENTS.md').filter((f) => f.ruleId === 'SG503');
  assert.deepEqual(positions(onAgents), [['SG503', 8, 15, 8, 30]]);
  assert.deepEqual(onAgents[0].related?.map((r) => [r.path, r.range!.start.line + 1, r.range!.start.character + 1]), [['/ws/pay.sandbox.yaml', 4, 7]]);
  const onConfig = checkFile(ws, '/ws/pay.sandbox.yaml').filter((f) => f.ruleId === 'SG503');
  assert.deepEqual(positions(onConfig), [['SG503', 4, 7, 4, 22]]);
  assert.deepEqual(onConfig[0].related?.map((r) => [r.path, r.range!.start.line + 1, r.range!.start.character + 1]), [['/ws/AGENTS.md', 8, 15]]);
});
