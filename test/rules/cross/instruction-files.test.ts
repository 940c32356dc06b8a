// Agent instruction files beside AGENTS.md (AGENTS.override.md, CLAUDE.md, .claude/CLAUDE.md,
// .github/copilot-instructions.md): the same AGENTS.md rules and cross-file governance, the nearest file
// governing (precedence within one folder), and every message naming the file the agent actually reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';
import { memoryWorkspace } from '../../helpers/workspace.js';
import { governedConfigs, governingAgentsPath } from '../../../server/src/models/agents/governance.js';
import { instructionFileLabel } from '../../../server/src/models/agents/instructionFiles.js';
import { ALLOWS, CONFIG, FORBIDS, GOOD, RULES, cross, without } from './workspace.js';

const C = { path: '/ws/svc/pay.sandbox.yaml' };
const lacking = (file: string, shown: string) =>
  `The ${file} governing this task config (${shown}) has no rule about using staging/sandbox keys only, audit logging of external API calls: the agent is not told to stay on staging. Add the rules there.`;
const FIXED_RULES = `# Agent instructions\n\n## Rules\n${[RULES[0], RULES[2], RULES[1], RULES[3]].join('\n')}\n`;

const valid: ValidRow[] = [
  { name: 'a complete CLAUDE.md governs the config', text: CONFIG, options: C, files: { '/ws/svc/CLAUDE.md': GOOD } },
  { name: 'a complete .claude/CLAUDE.md governs the config', text: CONFIG, options: C, files: { '/ws/.claude/CLAUDE.md': GOOD } },
  { name: 'a complete .github/copilot-instructions.md at the root governs a config below it', text: CONFIG, options: C, files: { '/ws/.github/copilot-instructions.md': GOOD } },
  {
    name: 'AGENTS.override.md wins over an incomplete AGENTS.md in the same folder (as Codex reads them)',
    text: CONFIG,
    options: C,
    files: { '/ws/svc/AGENTS.override.md': GOOD, '/ws/svc/AGENTS.md': without(1, 3) },
  },
  {
    name: 'AGENTS.md wins over an incomplete CLAUDE.md in the same folder',
    text: CONFIG,
    options: C,
    files: { '/ws/svc/AGENTS.md': GOOD, '/ws/svc/CLAUDE.md': without(1, 3) },
  },
  {
    name: 'a nearer CLAUDE.md governs before a root AGENTS.md',
    text: ALLOWS,
    options: C,
    files: { '/ws/svc/CLAUDE.md': GOOD, '/ws/AGENTS.md': FORBIDS },
  },
];

const invalid: InvalidRow[] = [
  {
    name: 'SG501: an incomplete CLAUDE.md is named as CLAUDE.md, and the fix adds the rules to it',
    text: CONFIG,
    options: C,
    files: { '/ws/svc/CLAUDE.md': without(1, 3) },
    errors: [{ rule: 'SG501', range: [2, 1, 2, 8], severity: 'warning', message: lacking('CLAUDE.md', 'CLAUDE.md'), fixes: ['Add the staging-only rules to CLAUDE.md'] }],
    output: CONFIG,
    outputFiles: { '/ws/svc/CLAUDE.md': FIXED_RULES },
    findingsAfter: { '/ws/svc/CLAUDE.md': [] },
  },
  {
    name: 'SG501: an incomplete AGENTS.override.md governs although AGENTS.md beside it is complete',
    text: CONFIG,
    options: C,
    files: { '/ws/svc/AGENTS.override.md': without(1, 3), '/ws/svc/AGENTS.md': GOOD },
    errors: [{ rule: 'SG501', range: [2, 1, 2, 8], severity: 'warning', message: lacking('AGENTS.override.md', 'AGENTS.override.md'), fixes: ['Add the staging-only rules to AGENTS.override.md'] }],
    output: CONFIG,
    outputFiles: { '/ws/svc/AGENTS.override.md': FIXED_RULES, '/ws/svc/AGENTS.md': GOOD },
    findingsAfter: { '/ws/svc/AGENTS.override.md': [] },
  },
  {
    name: 'SG501: the root .github/copilot-instructions.md, named by its path',
    text: CONFIG,
    options: C,
    files: { '/ws/.github/copilot-instructions.md': '# Copilot\n\nUse pnpm.\n' },
    errors: [
      {
        rule: 'SG501',
        range: [2, 1, 2, 8],
        severity: 'warning',
        message: 'The .github/copilot-instructions.md governing this task config (../.github/copilot-instructions.md) has no Rules section with the staging-only rules: the agent is not told to stay on staging. Add the rules there.',
        fixes: ['Add the staging-only rules to ../.github/copilot-instructions.md'],
      },
    ],
    output: CONFIG,
    outputFiles: { '/ws/.github/copilot-instructions.md': `# Copilot\n\nUse pnpm.\n\n## Rules\n\n${RULES.join('\n')}\n` },
    findingsAfter: { '/ws/.github/copilot-instructions.md': [] },
  },
  {
    name: 'SG503 on the config: the forbidding CLAUDE.md is named, never AGENTS.md',
    text: ALLOWS,
    options: C,
    files: { '/ws/svc/.claude/CLAUDE.md': FORBIDS },
    errors: [
      {
        rule: 'SG503',
        range: [4, 7, 4, 22],
        severity: 'error',
        message: '`api.example.com` is allowlisted, but .claude/CLAUDE.md says `api.example.com` must never be called: remove the entry, or correct CLAUDE.md if the host is safe.',
        fixes: ['Remove `api.example.com` from the allowlist'],
      },
    ],
    output: 'network:\n  allowlist:\n    - api.staging.example.com\n',
    findingsAfter: { '/ws/svc/.claude/CLAUDE.md': [] },
  },
  {
    name: 'SG503 on CLAUDE.md: its own name in the message',
    text: FORBIDS,
    options: { path: '/ws/CLAUDE.md' },
    files: { '/ws/pay.sandbox.yaml': ALLOWS },
    errors: [
      { rule: 'SG503', range: [8, 15, 8, 30], severity: 'error', message: 'CLAUDE.md says `api.example.com` must never be called, but pay.sandbox.yaml allowlists it (`api.example.com`): the sandbox lets the agent through. Remove the allowlist entry.' },
    ],
  },
  {
    name: 'SG502 on .github/copilot-instructions.md: named by its path',
    text: `${GOOD}\nPing \`https://hooks.staging.example.com/ping\` first.\n`,
    options: { path: '/ws/.github/copilot-instructions.md' },
    files: { '/ws/svc/pay.sandbox.yaml': CONFIG },
    errors: [
      { rule: 'SG502', range: [9, 15, 9, 40], severity: 'info', message: '.github/copilot-instructions.md names `hooks.staging.example.com` in inline code, but no task config it governs allowlists it (../svc/pay.sandbox.yaml): a task following this will be blocked. Allowlist it where it is needed, or correct the host.' },
    ],
  },
];

ruleTester(cross('instruction files (SG501–SG503)'), { valid, invalid });

/** The AGENTS.md rules on the other instruction files: the same findings, the file's own name in the message. */
const family = { label: 'instruction files (SG401–SG409)', rules: ['SG401', 'SG407', 'SG409'] };
ruleTester(family, {
  valid: [
    { name: 'a complete CLAUDE.md', text: GOOD, options: { path: '/r/CLAUDE.md' } },
    { name: 'a complete .github/copilot-instructions.md', text: GOOD, options: { path: '/r/.github/copilot-instructions.md' } },
  ],
  invalid: [
    {
      name: 'SG401 on CLAUDE.md',
      text: '# Claude\n\nRun the tests.\n',
      options: { path: '/r/CLAUDE.md' },
      errors: [{ rule: 'SG401', range: [1, 1, 1, 9], severity: 'warning', message: 'CLAUDE.md has no Rules section: add a `## Rules` section with the four staging-only rules (no production APIs, sandbox keys only, error handling and timeouts, audit logging).' }],
      output: `# Claude\n\nRun the tests.\n\n## Rules\n\n${RULES.join('\n')}\n`,
    },
    {
      name: 'SG401 on AGENTS.override.md',
      text: '# Override\n',
      options: { path: '/r/AGENTS.override.md' },
      errors: [{ rule: 'SG401', range: [1, 1, 1, 11], severity: 'warning', message: 'AGENTS.override.md has no Rules section: add a `## Rules` section with the four staging-only rules (no production APIs, sandbox keys only, error handling and timeouts, audit logging).' }],
      output: `# Override\n\n## Rules\n\n${RULES.join('\n')}\n`,
    },
    {
      name: 'SG407 on .github/copilot-instructions.md: the agent follows that file',
      text: `${GOOD}\nDebug with https://api.paypal.com/v1/charges.\n`,
      options: { path: '/r/.github/copilot-instructions.md' },
      errors: [
        {
          rule: 'SG407',
          range: [9, 20, 9, 34],
          severity: 'error',
          message: '`api.paypal.com` is a PayPal production host, in prose: an agent following .github/copilot-instructions.md will call production. Use the staging host `api.sandbox.paypal.com`.',
          fixes: ['Replace with the staging host `api.sandbox.paypal.com`'],
        },
      ],
      output: `${GOOD}\nDebug with https://api.sandbox.paypal.com/v1/charges.\n`,
    },
    {
      name: 'SG409 on .claude/CLAUDE.md: pasted into CLAUDE.md',
      text: `${GOOD}\nKey: sk_live_${'a1B2c3D4e5F6g7H8i9J0k1L2'}\n`,
      options: { path: '/r/.claude/CLAUDE.md' },
      errors: [
        {
          rule: 'SG409',
          range: [9, 6, 9, 38],
          severity: 'error',
          message: /is pasted into CLAUDE\.md: everyone who can read the repository has it\./,
          fixes: ['Replace the key with `$STAGING_API_KEY`'],
        },
      ],
      output: `${GOOD}\nKey: $STAGING_API_KEY\n`,
    },
  ],
});

test('each agent reads its own files: Claude Code never AGENTS.md, Codex never CLAUDE.md, Copilot its repository file first', () => {
  const ws = memoryWorkspace({ '/ws/AGENTS.md': GOOD, '/ws/CLAUDE.md': GOOD, '/ws/.github/copilot-instructions.md': GOOD, '/ws/svc/AGENTS.override.md': GOOD });
  const file = '/ws/svc/deep/x.json';
  assert.equal(governingAgentsPath(file, ws), '/ws/svc/AGENTS.override.md');
  assert.equal(governingAgentsPath(file, ws, 'codex'), '/ws/svc/AGENTS.override.md');
  assert.equal(governingAgentsPath(file, ws, 'claude'), '/ws/CLAUDE.md');
  assert.equal(governingAgentsPath(file, ws, 'copilot'), '/ws/.github/copilot-instructions.md');
  assert.equal(governingAgentsPath('/ws/.github/workflows/copilot-setup-steps.yml', ws, 'copilot'), '/ws/.github/copilot-instructions.md');
  assert.equal(governingAgentsPath(file, memoryWorkspace({ '/ws/AGENTS.md': GOOD }), 'claude'), undefined);
});

test('an instruction file shadowed in its folder governs nothing', () => {
  const ws = memoryWorkspace({ '/ws/AGENTS.md': GOOD, '/ws/AGENTS.override.md': GOOD, '/ws/t.sandbox.yaml': CONFIG });
  assert.deepEqual(governedConfigs('/ws/AGENTS.override.md', ws).map((c) => c.path), ['/ws/t.sandbox.yaml']);
  assert.deepEqual(governedConfigs('/ws/AGENTS.md', ws), []);
});

test('messages name the file the agent reads', () => {
  assert.equal(instructionFileLabel('/r/.claude/CLAUDE.md'), 'CLAUDE.md');
  assert.equal(instructionFileLabel('C:\\r\\.github\\copilot-instructions.md'), '.github/copilot-instructions.md');
  assert.equal(instructionFileLabel('/r/AGENTS.override.md'), 'AGENTS.override.md');
  assert.equal(instructionFileLabel(undefined), 'AGENTS.md');
});
