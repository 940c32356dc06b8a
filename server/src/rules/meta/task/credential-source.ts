import type { RuleMeta } from '../../../core/types.js';

/** The secrets managers a `source` may name (also in the rule's docs). */
export const SECRET_MANAGERS = ['vault', 'aws-secrets-manager', 'gcp-secret-manager', 'azure-key-vault', 'github-secrets', '1password', 'doppler'];

export const credentialSourceMeta: RuleMeta = {
  id: 'SG203',
  name: 'credential-source',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'A credential has no `source`, or its source is not a secrets manager.',
    why: 'Without a secrets manager the value has to come from somewhere else: a file in the repository, a developer\'s shell, a CI variable shared with production deploys. Those are the paths by which a production key ends up in an agent\'s sandbox, unaudited and never rotated.',
    fix: `Set \`source\` to one of ${SECRET_MANAGERS.join(', ')} and point \`ref\` at the sandbox key's entry there.`,
    bad: 'credentials:\n  STAGING_API_KEY:\n    source: env\n    scope: task',
    good: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    ref: secret/codex/staging\n    scope: task',
  },
};
