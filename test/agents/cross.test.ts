// Cross-file rules between task configs and their governing AGENTS.md, on an in-memory workspace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';
import { applyEdits } from '../../server/src/core/applyEdits.js';
import type { Finding } from '../../server/src/core/types.js';
import { governingAgentsPath } from '../../server/src/models/agents/governance.js';
import { positions } from '../helpers/fixes.js';
import { GOOD, memoryWorkspace, without } from './helpers.js';

const CONFIG = '# payments tests\nnetwork:\n  allowlist:\n    - api.staging.example.com\n';
const CROSS = new Set(['SG501', 'SG502', 'SG503']);
const cross = (fs: Finding[]) => positions(fs.filter((f) => CROSS.has(f.ruleId)));

function checkFile(ws: ReturnType<typeof memoryWorkspace>, path: string) {
  return checkText(ws.files[path], { path, workspace: ws }).findings;
}

/** Applies a fix's edits to other files in the workspace (creating files as asked). */
function applyFileEdits(ws: ReturnType<typeof memoryWorkspace>, f: Finding): void {
  const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
  for (const fe of fix.fileEdits ?? []) {
    const cur = ws.files[fe.path];
    assert.ok(cur !== undefined || fe.create, `fix edits ${fe.path}, which does not exist`);
    ws.files[fe.path] = applyEdits(cur ?? '', fe.edits);
  }
}

test('the nearest AGENTS.md governs, and the search stops at the workspace root', () => {
  const ws = memoryWorkspace({ '/AGENTS.md': GOOD, '/ws/AGENTS.md': GOOD, '/ws/svc/AGENTS.md': GOOD, '/ws/svc/a/b/t.sandbox.yaml': CONFIG, '/ws/other/t.sandbox.yaml': CONFIG, '/elsewhere/t.sandbox.yaml': CONFIG });
  assert.equal(governingAgentsPath('/ws/svc/a/b/t.sandbox.yaml', ws), '/ws/svc/AGENTS.md');
  assert.equal(governingAgentsPath('/ws/other/t.sandbox.yaml', ws), '/ws/AGENTS.md');
  delete ws.files['/ws/AGENTS.md'];
  assert.equal(governingAgentsPath('/ws/other/t.sandbox.yaml', ws), undefined, 'must not look above the workspace root');
  assert.equal(governingAgentsPath('/elsewhere/t.sandbox.yaml', ws), '/AGENTS.md', 'outside every root, the walk goes to the top');
});

test('SG501 missing AGENTS.md: on the network key; the fix creates AGENTS.md beside the config, which is then clean', () => {
  const ws = memoryWorkspace({ '/ws/svc/pay.sandbox.yaml': CONFIG });
  const f = checkFile(ws, '/ws/svc/pay.sandbox.yaml');
  assert.deepEqual(cross(f), [['SG501', 2, 1, 2, 8]]);
  const sg501 = f.find((x) => x.ruleId === 'SG501')!;
  assert.match(sg501.message, /No AGENTS.md governs this task config/);
  assert.equal(sg501.fixes[0].fileEdits?.[0].path, '/ws/svc/AGENTS.md');
  assert.equal(sg501.fixes[0].fileEdits?.[0].create, true);
  applyFileEdits(ws, sg501);
  assert.deepEqual(cross(checkFile(ws, '/ws/svc/pay.sandbox.yaml')), []);
  assert.deepEqual(positions(checkFile(ws, '/ws/svc/AGENTS.md')), [], 'the created AGENTS.md has no findings');
});

test('SG501 on the first line when there is no network key', () => {
  const ws = memoryWorkspace({ '/ws/t.sandbox.yaml': 'credentials: {}\n' });
  assert.deepEqual(cross(checkFile(ws, '/ws/t.sandbox.yaml')), [['SG501', 1, 1, 1, 16]]);
});

test('SG501 nested AGENTS.md lacking rules: names it, links it, and the fix adds the missing rules there', () => {
  const ws = memoryWorkspace({ '/ws/AGENTS.md': GOOD, '/ws/svc/AGENTS.md': without(1, 3), '/ws/svc/pay.sandbox.yaml': CONFIG, '/ws/web/w.sandbox.yaml': CONFIG });
  const f = checkFile(ws, '/ws/svc/pay.sandbox.yaml');
  assert.deepEqual(cross(f), [['SG501', 2, 1, 2, 8]]);
  const sg501 = f.find((x) => x.ruleId === 'SG501')!;
  assert.match(sg501.message, /\(AGENTS\.md\) has no rule about using staging\/sandbox keys only, audit logging of external API calls/);
  assert.deepEqual(sg501.related?.map((r) => r.path), ['/ws/svc/AGENTS.md']);
  assert.deepEqual(cross(checkFile(ws, '/ws/web/w.sandbox.yaml')), [], 'the root AGENTS.md governs web/ and is complete');
  applyFileEdits(ws, sg501);
  assert.deepEqual(cross(checkFile(ws, '/ws/svc/pay.sandbox.yaml')), []);
  assert.deepEqual(positions(checkFile(ws, '/ws/svc/AGENTS.md')), []);
});

test('SG501 governing AGENTS.md without a Rules section: the fix appends one', () => {
  const ws = memoryWorkspace({ '/ws/AGENTS.md': '# Notes\n\nRun tests.\n', '/ws/t.sandbox.yaml': CONFIG });
  const f = checkFile(ws, '/ws/t.sandbox.yaml').filter((x) => x.ruleId === 'SG501');
  assert.match(f[0].message, /has no Rules section/);
  applyFileEdits(ws, f[0]);
  assert.ok(ws.files['/ws/AGENTS.md'].startsWith('# Notes\n\nRun tests.\n\n## Rules\n\n- NEVER'));
  assert.deepEqual(cross(checkFile(ws, '/ws/t.sandbox.yaml')), []);
});

test('no workspace: cross-file rules stay silent', () => {
  assert.deepEqual(cross(checkText(CONFIG, { path: '/ws/t.sandbox.yaml' }).findings), []);
  assert.deepEqual(cross(checkText(GOOD, { path: '/ws/AGENTS.md' }).findings), []);
});

const FORBIDS = `${GOOD}- NEVER call \`api.example.com\` from cloud tasks\n`;
const ALLOWS = 'network:\n  allowlist:\n    - api.staging.example.com\n    - api.example.com\n';

test('SG503 reported on both sides, each linking the other', () => {
  const ws = memoryWorkspace({ '/ws/AGENTS.md': FORBIDS, '/ws/pay.sandbox.yaml': ALLOWS });
  const onAgents = checkFile(ws, '/ws/AGENTS.md').filter((f) => f.ruleId === 'SG503');
  assert.deepEqual(positions(onAgents), [['SG503', 8, 15, 8, 30]]);
  assert.match(onAgents[0].message, /says `api\.example\.com` must never be called, but pay\.sandbox\.yaml allowlists it/);
  assert.deepEqual(onAgents[0].related?.map((r) => [r.path, r.range!.start.line + 1, r.range!.start.character + 1]), [['/ws/pay.sandbox.yaml', 4, 7]]);
  const onConfig = checkFile(ws, '/ws/pay.sandbox.yaml').filter((f) => f.ruleId === 'SG503');
  assert.deepEqual(positions(onConfig), [['SG503', 4, 7, 4, 22]]);
  assert.deepEqual(onConfig[0].related?.map((r) => [r.path, r.range!.start.line + 1, r.range!.start.character + 1]), [['/ws/AGENTS.md', 8, 15]]);
  // the task-side fix removes the entry: both sides are then clean
  ws.files['/ws/pay.sandbox.yaml'] = applyEdits(ALLOWS, onConfig[0].fixes[0].edits);
  assert.equal(ws.files['/ws/pay.sandbox.yaml'], 'network:\n  allowlist:\n    - api.staging.example.com\n');
  assert.deepEqual(cross(checkFile(ws, '/ws/pay.sandbox.yaml')), []);
  assert.deepEqual(cross(checkFile(ws, '/ws/AGENTS.md')), []);
});

test('SG503 task-side fix on a flow list keeps the YAML valid (no dangling comma)', () => {
  for (const [config, want] of [
    ['network:\n  allowlist: [api.example.com, api.staging.example.com]\n', 'network:\n  allowlist: [api.staging.example.com]\n'],
    ['network:\n  allowlist: [api.staging.example.com, api.example.com]\n', 'network:\n  allowlist: [api.staging.example.com]\n'],
    ['network:\n  allowlist: [api.example.com]\n', 'network:\n  allowlist: []\n'],
  ]) {
    const ws = memoryWorkspace({ '/ws/AGENTS.md': FORBIDS, '/ws/p.sandbox.yaml': config });
    const [f] = checkFile(ws, '/ws/p.sandbox.yaml').filter((x) => x.ruleId === 'SG503');
    ws.files['/ws/p.sandbox.yaml'] = applyEdits(config, f.fixes[0].edits);
    assert.equal(ws.files['/ws/p.sandbox.yaml'], want);
    assert.deepEqual(checkFile(ws, '/ws/p.sandbox.yaml').filter((x) => x.ruleId === 'SG001' || x.ruleId === 'SG503'), []);
  }
});

test('SG503 matches wildcard allowlist entries', () => {
  const ws = memoryWorkspace({ '/ws/AGENTS.md': FORBIDS, '/ws/p.sandbox.yaml': 'network:\n  allowlist:\n    - "*.example.com"\n' });
  assert.deepEqual(cross(checkFile(ws, '/ws/p.sandbox.yaml')).map((p) => p[0]), ['SG503']);
});

test('SG502 a host AGENTS.md tells the agent to call that no governed config allowlists; both files edited', () => {
  const agents = `${GOOD}\nPing the webhook first: \`curl https://hooks.staging.example.com/ping\`.\n`;
  const ws = memoryWorkspace({ '/ws/AGENTS.md': agents, '/ws/pay.sandbox.yaml': CONFIG });
  const f = checkFile(ws, '/ws/AGENTS.md');
  assert.deepEqual(cross(f), [['SG502', 9, 39, 9, 64]]);
  assert.equal(f[0].severity, 'info');
  assert.match(f[0].message, /names `hooks\.staging\.example\.com` in inline code, but no task config it governs allowlists it \(pay\.sandbox\.yaml\)/);
  // edit the config: the finding goes
  ws.files['/ws/pay.sandbox.yaml'] = `${CONFIG}    - hooks.staging.example.com\n`;
  assert.deepEqual(cross(checkFile(ws, '/ws/AGENTS.md')), []);
  // edit AGENTS.md instead: a new host, a new finding
  ws.files['/ws/AGENTS.md'] = agents.replace('hooks.staging', 'events.staging');
  assert.deepEqual(cross(checkFile(ws, '/ws/AGENTS.md')).map((p) => p[0]), ['SG502']);
});

test('SG502 ignores dependency hosts, forbidden hosts, and AGENTS.md files that govern no config', () => {
  const agents = `${GOOD}\nInstall from https://registry.npmjs.org and read https://github.com/acme/app.\n`;
  const ws = memoryWorkspace({ '/ws/AGENTS.md': agents, '/ws/pay.sandbox.yaml': CONFIG });
  assert.deepEqual(cross(checkFile(ws, '/ws/AGENTS.md')), []);
  const lonely = memoryWorkspace({ '/ws/AGENTS.md': `${GOOD}\nCall https://hooks.staging.example.com.\n` });
  assert.deepEqual(cross(checkFile(lonely, '/ws/AGENTS.md')), []);
});
