import type { RuleMeta } from '../../../core/types.js';

export const codexProductionEnvVarMeta: RuleMeta = {
  id: 'SG628',
  name: 'codex-production-env-var',
  severity: 'error',
  kind: 'codex',
  docs: {
    summary: '`[shell_environment_policy] set` gives commands a variable named for production (PROD, PRODUCTION or LIVE is a part of its name).',
    why: 'Every command Codex runs gets the variables in `set`. A variable named for production says the agent is handed a production credential or endpoint, which a staging-only policy forbids whatever its value is today.',
    fix: 'Give the agent a staging variable instead (e.g. `STAGING_API_KEY`), and keep production credentials out of the agent\'s environment.',
    bad: '[shell_environment_policy.set]\nPROD_DATABASE_URL = "postgres://db.internal/app"',
    good: '[shell_environment_policy.set]\nSTAGING_DATABASE_URL = "postgres://db.staging.internal/app"',
  },
};
