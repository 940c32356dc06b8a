import type { RuleMeta } from '../../../core/types.js';

export const copilotBroadPermissionsMeta: RuleMeta = {
  id: 'SG644',
  name: 'copilot-broad-permissions',
  severity: 'error',
  kind: 'copilot',
  docs: {
    summary: 'The setup job\'s `GITHUB_TOKEN` can do more than `contents: read`: a write scope or `write-all` (error), `read-all` (warning), or no `permissions` at all, which leaves the repository\'s default (warning).',
    why: 'The setup steps run before the agent, and their token can be read by anything they run. With write scopes a compromised dependency or a prompt-injected setup script can push code, change workflows or publish packages; without `permissions` the token gets the repository\'s default, which is read-write in many older repositories and organisations.',
    fix: 'Set `permissions: contents: read` on the job (the quick fix does it). Copilot gives the agent its own token; the setup steps only need to check out the code.',
    bad: 'jobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n      packages: write',
    good: 'jobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read',
  },
};
