import type { RuleMeta } from '../../../core/types.js';

export const productionCredentialNameMeta: RuleMeta = {
  id: 'SG206',
  name: 'production-credential-name',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'A credential is named for production: PROD, PRODUCTION or LIVE is a part of its name.',
    why: 'The name says which key the secrets manager hands out. `PROD_STRIPE_KEY` is either a production key — then the agent can move real money — or a mislabelled sandbox key that the next person will "fix" by pointing it at production. Either way the audit trail lies.',
    fix: 'Give the task a dedicated sandbox key and name it for what it is: `STAGING_…`. The quick fix renames the credential and every reference to it in the file (`${PROD_STRIPE_KEY}` in env values, comments); update the secrets manager and the code that reads the variable too.',
    bad: 'credentials:\n  PROD_STRIPE_KEY:\n    source: vault\nenv:\n  STRIPE_KEY: ${PROD_STRIPE_KEY}',
    good: 'credentials:\n  STAGING_STRIPE_KEY:\n    source: vault\nenv:\n  STRIPE_KEY: ${STAGING_STRIPE_KEY}',
  },
};
