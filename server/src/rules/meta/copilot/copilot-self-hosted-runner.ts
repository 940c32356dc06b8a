import type { RuleMeta } from '../../../core/types.js';

export const copilotSelfHostedRunnerMeta: RuleMeta = {
  id: 'SG643',
  name: 'copilot-self-hosted-runner',
  severity: 'error',
  kind: 'copilot',
  docs: {
    summary: 'The setup job runs on a `self-hosted` runner: the agent then works inside your network, without Copilot\'s firewall.',
    why: 'Copilot\'s coding agent runs on the runner its setup job names. On a self-hosted runner it sits inside your network, next to internal services and whatever production access that machine has, and Copilot\'s firewall does not apply there (GitHub requires turning it off for self-hosted runners).',
    fix: 'Run the job on a GitHub-hosted runner (`ubuntu-latest`, or a larger runner) and reach the staging services it needs through their public staging hosts. If a self-hosted runner is unavoidable, give it an isolated network with egress limited to staging.',
    bad: 'jobs:\n  copilot-setup-steps:\n    runs-on: [self-hosted, linux]',
    good: 'jobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest',
  },
};
