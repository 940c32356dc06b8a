// SG503 agents-forbidden-host-allowlisted: a host AGENTS.md forbids is allowlisted by a config it governs;
// one rule reported on both sides (the related information linking them is asserted in test/agents/cross.test.ts).
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';
import { ALLOWS, CONFIG, FORBIDS, cross } from './workspace.js';

const CONFIG_PATH = { path: '/ws/p.sandbox.yaml' };
const ON_CONFIG = '`api.example.com` is allowlisted, but AGENTS.md says `api.example.com` must never be called: remove the entry, or correct AGENTS.md if the host is safe.';
const REMOVE = 'Remove `api.example.com` from the allowlist';

const valid: ValidRow[] = [
  { name: 'the config does not allowlist the forbidden host', text: CONFIG, options: CONFIG_PATH, files: { '/ws/AGENTS.md': FORBIDS } },
  { name: 'no workspace: silent', text: ALLOWS, options: CONFIG_PATH },
];

/** A flow-list row: the fix keeps the YAML valid (no dangling comma). */
const flow = (name: string, list: string, column: number, after: string): InvalidRow => ({
  name: `flow list, ${name}: no dangling comma`,
  text: `network:\n  allowlist: [${list}]\n`,
  options: CONFIG_PATH,
  files: { '/ws/AGENTS.md': FORBIDS },
  errors: [{ rule: 'SG503', range: [2, column, 2, column + 15], severity: 'error', message: ON_CONFIG, fixes: [REMOVE] }],
  output: `network:\n  allowlist: [${after}]\n`,
});

const invalid: InvalidRow[] = [
  {
    name: 'on AGENTS.md, at the forbidden host',
    text: FORBIDS,
    options: { path: '/ws/AGENTS.md' },
    files: { '/ws/pay.sandbox.yaml': ALLOWS },
    errors: [
      { rule: 'SG503', range: [8, 15, 8, 30], severity: 'error', message: 'AGENTS.md says `api.example.com` must never be called, but pay.sandbox.yaml allowlists it (`api.example.com`): the sandbox lets the agent through. Remove the allowlist entry.' },
    ],
  },
  {
    name: 'on the config, at the entry; the fix removes it and both sides are then clean',
    text: ALLOWS,
    options: { path: '/ws/pay.sandbox.yaml' },
    files: { '/ws/AGENTS.md': FORBIDS },
    errors: [{ rule: 'SG503', range: [4, 7, 4, 22], severity: 'error', message: ON_CONFIG, fixes: [REMOVE] }],
    output: 'network:\n  allowlist:\n    - api.staging.example.com\n',
    findingsAfter: { '/ws/AGENTS.md': [] },
  },
  flow('first item', 'api.example.com, api.staging.example.com', 15, 'api.staging.example.com'),
  flow('last item', 'api.staging.example.com, api.example.com', 40, 'api.staging.example.com'),
  flow('sole item', 'api.example.com', 15, ''),
  {
    name: 'matches a wildcard allowlist entry',
    text: 'network:\n  allowlist:\n    - "*.example.com"\n',
    options: CONFIG_PATH,
    files: { '/ws/AGENTS.md': FORBIDS },
    errors: [
      { rule: 'SG503', range: [3, 7, 3, 22], severity: 'error', message: '`*.example.com` is allowlisted, but AGENTS.md says `api.example.com` must never be called: remove the entry, or correct AGENTS.md if the host is safe.', fixes: ['Remove `*.example.com` from the allowlist'] },
    ],
    output: 'network:\n  allowlist: []\n',
  },
];

ruleTester(cross('SG503'), { valid, invalid });
