import type { RuleMeta } from '../../../core/types.js';

export const agentsSecretMeta: RuleMeta = {
  id: 'SG409',
  name: 'agents-secret',
  severity: 'error',
  kind: 'agents',
  docs: {
    summary: 'A secret value (API key, token, private key) is pasted into AGENTS.md.',
    why: 'AGENTS.md is committed, shared and read by every agent and every person with access to the repository: a key in it is leaked. Agents also copy what they read into code and logs.',
    fix: 'Remove the value, rotate the key (it is in the Git history), and refer to the credential by name, e.g. `$STAGING_API_KEY` injected by the task config.',
    bad: 'Use the key sk_test_4eC39HqLyjWDarjtT1zdp7dc for webhook tests.',
    good: 'Use `$STAGING_API_KEY` (injected by the task config) for webhook tests.',
  },
};
