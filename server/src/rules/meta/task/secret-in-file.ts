import type { RuleMeta } from '../../../core/types.js';

export const secretInFileMeta: RuleMeta = {
  id: 'SG201',
  name: 'secret-in-file',
  severity: 'error',
  kind: 'task',
  alsoKinds: ['claude', 'srt', 'copilot', 'codex'],
  docs: {
    summary: 'A secret value is written in the task config or agent settings file (a `token`/`password`/`key`-like property or `env` variable, or a string or comment matching a known key format).',
    why: 'Everyone who can read the repository — and the agent itself, which reads its config — can use the secret, and it stays in the git history after it is deleted. Task configs must only name credentials; the orchestrator injects values from a secrets manager at task start.',
    fix: 'Revoke the secret at the provider, store a new sandbox key in a secrets manager, and reference it: `source: vault` plus `ref: secret/<name>`. The quick fix rewrites the credential; secrets in comments must be deleted by hand (or with the comment fix) and revoked.',
    bad: 'credentials:\n  STAGING_STRIPE_KEY:\n    password: correct-horse-battery-staple\n    scope: task',
    good: 'credentials:\n  STAGING_STRIPE_KEY:\n    source: vault\n    ref: secret/staging_stripe_key\n    scope: task',
  },
};
