import type { RuleMeta } from '../../../core/types.js';

export const agentsHostNotAllowlistedMeta: RuleMeta = {
  id: 'SG502',
  name: 'agents-host-not-allowlisted',
  severity: 'info',
  kind: 'agents',
  docs: {
    summary: 'AGENTS.md tells the agent to call a host that no task config it governs allowlists.',
    why: 'The sandbox only lets allowlisted hosts through (others get NXDOMAIN): a task following these instructions will fail, and the agent may then improvise with another endpoint.',
    fix: 'Add the host to the allowlist of the task configs that need it (with a comment saying why), or correct the host in AGENTS.md.',
    bad: '# tasks.sandbox.yaml allowlists only api.staging.example.com\nRun `curl https://hooks.staging.example.com/ping` first.',
    good: '# tasks.sandbox.yaml allowlists api.staging.example.com and hooks.staging.example.com\nRun `curl https://hooks.staging.example.com/ping` first.',
  },
};
