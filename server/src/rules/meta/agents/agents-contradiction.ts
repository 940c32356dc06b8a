import type { RuleMeta } from '../../../core/types.js';

export const agentsContradictionMeta: RuleMeta = {
  id: 'SG408',
  name: 'agents-contradiction',
  severity: 'error',
  kind: 'agents',
  docs: {
    summary: 'AGENTS.md allows or demands production access or production/live keys ("fall back to production when staging is down", "use the live key if the test key fails").',
    why: 'An exception is what an agent reaches for when staging is slow or a test key is rejected: one sentence that allows production undoes the staging-only rules, however firmly they are stated. Negations and the rules themselves ("never fall back to production") are not reported.',
    fix: 'Remove the instruction. If staging is down the task should stop and report, not fall back; a task that really needs production belongs outside the sandbox, with a human.',
    bad: '- If staging is down, fall back to production.',
    good: '- If staging is down, stop and report it; NEVER fall back to production.',
  },
};
