// SG502 agents-host-not-allowlisted: AGENTS.md tells the agent to call a host no task config it governs allowlists.
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';
import { CONFIG, GOOD, cross } from './workspace.js';

const AGENTS = { path: '/ws/AGENTS.md' };
const PINGS = `${GOOD}\nPing the webhook first: \`curl https://hooks.staging.example.com/ping\`.\n`;

const valid: ValidRow[] = [
  { name: 'the governed config allowlists the host', text: PINGS, files: { '/ws/pay.sandbox.yaml': `${CONFIG}    - hooks.staging.example.com\n` } },
  { name: 'dependency hosts are ignored', text: `${GOOD}\nInstall from https://registry.npmjs.org and read https://github.com/acme/app.\n`, files: { '/ws/pay.sandbox.yaml': CONFIG } },
  { name: 'an AGENTS.md that governs no config is ignored', text: `${GOOD}\nCall https://hooks.staging.example.com.\n`, files: {} },
  { name: 'no workspace: silent', text: GOOD },
];

const invalid: InvalidRow[] = [
  {
    name: 'a host in inline code that the governed config does not allowlist',
    text: PINGS,
    files: { '/ws/pay.sandbox.yaml': CONFIG },
    errors: [
      { rule: 'SG502', range: [9, 39, 9, 64], severity: 'info', message: 'AGENTS.md names `hooks.staging.example.com` in inline code, but no task config it governs allowlists it (pay.sandbox.yaml): a task following this will be blocked. Allowlist it where it is needed, or correct the host.' },
    ],
  },
  {
    name: 'AGENTS.md edited to a new host: a new finding',
    text: PINGS.replace('hooks.staging', 'events.staging'),
    files: { '/ws/pay.sandbox.yaml': CONFIG },
    errors: [
      { rule: 'SG502', range: [9, 39, 9, 65], severity: 'info', message: 'AGENTS.md names `events.staging.example.com` in inline code, but no task config it governs allowlists it (pay.sandbox.yaml): a task following this will be blocked. Allowlist it where it is needed, or correct the host.' },
    ],
  },
];

ruleTester(cross('SG502'), { options: AGENTS, valid, invalid });
