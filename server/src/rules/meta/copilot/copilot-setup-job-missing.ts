import type { RuleMeta } from '../../../core/types.js';

export const copilotSetupJobMissingMeta: RuleMeta = {
  id: 'SG645',
  name: 'copilot-setup-job-missing',
  severity: 'error',
  kind: 'copilot',
  docs: {
    summary: 'The setup-steps workflow has no job named `copilot-setup-steps`, so Copilot ignores it.',
    why: 'Copilot runs only a job with exactly this name. A misnamed job (`copilot_setup_steps`, `setup`) is silently skipped: the agent starts without the tools, the staging configuration and the restrictions the file was written to give it, and the team believes it has them.',
    fix: 'Name the job `copilot-setup-steps` (the quick fix renames a lone misnamed job).',
    bad: 'jobs:\n  copilot_setup_steps:\n    runs-on: ubuntu-latest',
    good: 'jobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest',
  },
};
