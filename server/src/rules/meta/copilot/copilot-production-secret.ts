import type { RuleMeta } from '../../../core/types.js';

export const copilotProductionSecretMeta: RuleMeta = {
  id: 'SG641',
  name: 'copilot-production-secret',
  severity: 'error',
  kind: 'copilot',
  docs: {
    summary: 'A production-named secret (`${{ secrets.STRIPE_LIVE_KEY }}`, `PROD_…`) is passed to Copilot\'s setup steps in `env`, `with` or a `run` script.',
    why: 'The setup steps run before the agent starts, outside its firewall, and what they write to disk or export stays in the agent\'s environment. A secret named for production is a production key (or a mislabelled one the next person will point at production): the agent, and any command it runs, can then act on live accounts.',
    fix: 'Give the setup steps a dedicated sandbox key in the repository\'s Copilot environment and name it for what it is (`STAGING_…`). The quick fix renames the reference; create the secret under the new name too, and revoke the production key if it ever reached the agent.',
    bad: 'jobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./seed.sh\n        env:\n          STRIPE_KEY: ${{ secrets.STRIPE_LIVE_KEY }}',
    good: 'jobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./seed.sh\n        env:\n          STRIPE_KEY: ${{ secrets.STRIPE_STAGING_KEY }}',
  },
};
