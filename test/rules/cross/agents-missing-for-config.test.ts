// SG501 agents-missing-for-config: a task config with no governing AGENTS.md, or one lacking the staging-only rules.
// The fix edits or creates the AGENTS.md, which must then be clean itself (`findingsAfter`).
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';
import { CONFIG, CREATED, GOOD, RULES, cross, without } from './workspace.js';

const valid: ValidRow[] = [
  { name: 'a complete AGENTS.md beside the config', text: CONFIG, options: { path: '/ws/t.sandbox.yaml' }, files: { '/ws/AGENTS.md': GOOD } },
  {
    name: 'the root AGENTS.md governs web/ and is complete (a nested incomplete one governs only svc/)',
    text: CONFIG,
    options: { path: '/ws/web/w.sandbox.yaml' },
    files: { '/ws/AGENTS.md': GOOD, '/ws/svc/AGENTS.md': without(1, 3), '/ws/svc/pay.sandbox.yaml': CONFIG },
  },
  { name: 'no workspace: silent', text: CONFIG, options: { path: '/ws/t.sandbox.yaml' } },
];

const MISSING = 'No AGENTS.md governs this task config: the agent gets no staging-only rules. Create AGENTS.md beside it with a `## Rules` section.';

const invalid: InvalidRow[] = [
  {
    name: 'missing AGENTS.md: on the network key; the fix creates AGENTS.md beside the config, which is then clean',
    text: CONFIG,
    options: { path: '/ws/svc/pay.sandbox.yaml' },
    files: {},
    errors: [{ rule: 'SG501', range: [2, 1, 2, 8], severity: 'warning', message: MISSING, fixes: ['Create AGENTS.md with the staging-only rules'] }],
    output: CONFIG,
    outputFiles: { '/ws/svc/AGENTS.md': CREATED },
    findingsAfter: { '/ws/svc/AGENTS.md': [] },
  },
  {
    name: 'on the first line when there is no network key',
    text: 'credentials: {}\n',
    options: { path: '/ws/t.sandbox.yaml' },
    files: {},
    errors: [{ rule: 'SG501', range: [1, 1, 1, 16], severity: 'warning', message: MISSING }],
    output: 'credentials: {}\n',
    outputFiles: { '/ws/AGENTS.md': CREATED },
    findingsAfter: { '/ws/AGENTS.md': [] },
  },
  {
    // its related information (the nested AGENTS.md) is asserted in test/agents/cross.test.ts
    name: 'nested AGENTS.md lacking rules: names it, and the fix adds the missing rules there',
    text: CONFIG,
    options: { path: '/ws/svc/pay.sandbox.yaml' },
    files: { '/ws/AGENTS.md': GOOD, '/ws/svc/AGENTS.md': without(1, 3), '/ws/web/w.sandbox.yaml': CONFIG },
    errors: [
      {
        rule: 'SG501',
        range: [2, 1, 2, 8],
        severity: 'warning',
        message: 'The AGENTS.md governing this task config (AGENTS.md) has no rule about using staging/sandbox keys only, audit logging of external API calls: the agent is not told to stay on staging. Add the rules there.',
        fixes: ['Add the staging-only rules to AGENTS.md'],
      },
    ],
    output: CONFIG,
    outputFiles: { '/ws/svc/AGENTS.md': `# Agent instructions\n\n## Rules\n${[RULES[0], RULES[2], RULES[1], RULES[3]].join('\n')}\n` },
    findingsAfter: { '/ws/svc/AGENTS.md': [] },
  },
  {
    name: 'governing AGENTS.md without a Rules section: the fix appends one',
    text: CONFIG,
    options: { path: '/ws/t.sandbox.yaml' },
    files: { '/ws/AGENTS.md': '# Notes\n\nRun tests.\n' },
    errors: [
      {
        rule: 'SG501',
        range: [2, 1, 2, 8],
        severity: 'warning',
        message: 'The AGENTS.md governing this task config (AGENTS.md) has no Rules section with the staging-only rules: the agent is not told to stay on staging. Add the rules there.',
        fixes: ['Add the staging-only rules to AGENTS.md'],
      },
    ],
    output: CONFIG,
    outputFiles: { '/ws/AGENTS.md': `# Notes\n\nRun tests.\n\n## Rules\n\n${RULES.join('\n')}\n` },
    findingsAfter: { '/ws/AGENTS.md': [] },
  },
];

ruleTester(cross('SG501'), { valid, invalid });
