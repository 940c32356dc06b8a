// Copilot setup steps (`.github/workflows/copilot-setup-steps.yml`): realistic workflows through the one rule
// tester — the shared settings rules on the exported allow list and `env`, SG301, and SG641–SG645 — with exact
// ranges and messages, every fix applied and re-checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/check.js';
import { ruleTester } from '../helpers/ruleTester.js';

const COPILOT = { path: '/repo/.github/workflows/copilot-setup-steps.yml' };

/** A workflow with the setup job; `job` is inserted under it (4-space indented lines). */
const wf = (job: string, top = '') => `name: "Copilot Setup Steps"\non: workflow_dispatch\n${top}jobs:\n  copilot-setup-steps:\n${job}`;
const GOOD_JOB = '    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n';
/** The example GitHub documents, with a staging endpoint and a staging-named secret. */
const GOOD = wf(`${GOOD_JOB}        env:\n          API_BASE_URL: https://api-m.sandbox.paypal.com/v2\n          PAYPAL_CLIENT_SECRET: \${{ secrets.PAYPAL_SANDBOX_SECRET }}\n`);

const PAYPAL = 'is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data.';
const ALLOW = '`COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS` of `env`';
/** Every finding on an exported allow list says the enforced list is elsewhere; its fixes are never applied unattended. */
const ELSEWHERE = "Copilot's firewall enforces the list in repository settings (Settings → Copilot → coding agent), not this file: change it there too.";
const THEN = ' (then update the firewall list in repository settings)';

ruleTester('SG101', {
  options: COPILOT,
  valid: [
    { name: 'a clean setup-steps workflow', text: GOOD },
    { name: 'staging hosts in the exported allow list', text: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: "api-m.sandbox.paypal.com,registry.npmjs.org"\n') },
    { name: 'an allow list from a variable is filled in by the runner', text: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: ${{ vars.EXTRA_HOSTS }}\n') },
  ],
  invalid: [
    {
      name: 'workflow env, plain scalar: the host in the comma list is replaced, the commas stay',
      text: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: registry.npmjs.org, api-m.paypal.com,api.staging.example.com\n'),
      errors: [{
        range: [4, 68, 4, 84],
        severity: 'error',
        message: `\`api-m.paypal.com\` in ${ALLOW} ${PAYPAL} Replace it with the staging host \`api-m.sandbox.paypal.com\` (the PayPal sandbox). ${ELSEWHERE}`,
        fixes: [`Replace with staging host api-m.sandbox.paypal.com${THEN}`],
      }],
      output: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: registry.npmjs.org, api-m.sandbox.paypal.com,api.staging.example.com\n'),
    },
    {
      name: 'step env, staging host already there: the production entry goes with its comma',
      text: wf(`${GOOD_JOB}        env:\n          COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: "api-m.paypal.com, api-m.sandbox.paypal.com"\n`),
      errors: [{
        range: [12, 57, 12, 73],
        severity: 'error',
        message: `\`api-m.paypal.com\` in \`COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS\` of \`jobs.copilot-setup-steps.steps[1].env\` ${PAYPAL} Remove it: its staging host \`api-m.sandbox.paypal.com\` is already allowed. ${ELSEWHERE}`,
        fixes: [`Remove api-m.paypal.com (staging host api-m.sandbox.paypal.com is already allowed)${THEN}`],
      }],
      output: wf(`${GOOD_JOB}        env:\n          COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: "api-m.sandbox.paypal.com"\n`),
    },
    {
      name: 'an escaped double-quoted list: the whole value is rewritten as one JSON string',
      text: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: "registry.npmjs.org,\\x61pi-m.paypal.com"\n'),
      errors: [{
        range: [4, 48, 4, 88],
        severity: 'error',
        message: `\`api-m.paypal.com\` in ${ALLOW} ${PAYPAL} Replace it with the staging host \`api-m.sandbox.paypal.com\` (the PayPal sandbox). ${ELSEWHERE}`,
      }],
      output: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: "registry.npmjs.org,api-m.sandbox.paypal.com"\n'),
    },
  ],
});

ruleTester('SG104', {
  options: COPILOT,
  valid: [{ name: 'no internal host', text: GOOD }],
  invalid: [{
    name: 'the metadata address, last in the list: removed with the comma before it',
    text: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: registry.npmjs.org,169.254.169.254\n'),
    errors: [{ range: [4, 67, 4, 82], severity: 'error', message: /^`169\.254\.169\.254` in `COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS` of `env` is a cloud metadata/, fixes: [`Remove 169.254.169.254${THEN}`] }],
    output: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: registry.npmjs.org\n'),
  }],
});

ruleTester('SG103', {
  options: COPILOT,
  valid: [{ name: 'bare hosts only', text: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: registry.npmjs.org\n') }],
  invalid: [{
    name: 'a public-suffix wildcard',
    text: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: "*.amazonaws.com"\n'),
    errors: [{ range: [4, 49, 4, 64], severity: 'error', message: /^`\*\.amazonaws\.com` in `COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS` of `env` .* not this file: change it there too\.$/ }],
  }],
});

ruleTester('SG201', {
  options: COPILOT,
  valid: [
    { name: '`${{ secrets.X }}` is a reference, not a literal secret', text: GOOD },
    { name: 'a secret-named variable from an expression with a fallback', text: wf(`${GOOD_JOB}        env:\n          API_TOKEN: \${{ secrets.API_TOKEN || vars.API_TOKEN }}\n`) },
  ],
  invalid: [{
    name: 'a literal token in a step env',
    text: wf(`${GOOD_JOB}        env:\n          API_TOKEN: hunter2-correct-horse\n`),
    errors: [{ range: [12, 22, 12, 43], severity: 'error', message: 'A literal secret (`…orse`) is written in the file in `API_TOKEN` of `jobs.copilot-setup-steps.steps[1].env`: anyone who can read the repository, and the agent, can use it. Revoke it, and give the agent a sandbox key from a secrets manager or the environment it is started in, not from a committed file.' }],
  }],
});

ruleTester('SG301', {
  options: COPILOT,
  valid: [{ name: 'staging endpoint', text: GOOD }],
  invalid: [{
    name: 'a production URL in a step env: the host is swapped, scheme and path kept',
    text: wf(`${GOOD_JOB}        env:\n          PAYPAL_API_BASE: https://api-m.paypal.com/v2\n`),
    errors: [{
      range: [12, 36, 12, 52],
      severity: 'error',
      message: '`PAYPAL_API_BASE` in `jobs.copilot-setup-steps.steps[1].env` points at the production host `api-m.paypal.com` (PayPal, per the catalog): every call the agent makes through it reaches production. Use `api-m.sandbox.paypal.com`.',
      fixes: ['Use api-m.sandbox.paypal.com instead of api-m.paypal.com'],
    }],
    output: wf(`${GOOD_JOB}        env:\n          PAYPAL_API_BASE: https://api-m.sandbox.paypal.com/v2\n`),
  }, {
    name: 'job-level env',
    text: wf(`    env:\n      PAYPAL_API_BASE: "https://api-m.paypal.com"\n${GOOD_JOB}`),
    errors: [{
      range: [6, 33, 6, 49],
      severity: 'error',
      message: '`PAYPAL_API_BASE` in `jobs.copilot-setup-steps.env` points at the production host `api-m.paypal.com` (PayPal, per the catalog): every call the agent makes through it reaches production. Use `api-m.sandbox.paypal.com`.',
    }],
    output: wf(`    env:\n      PAYPAL_API_BASE: "https://api-m.sandbox.paypal.com"\n${GOOD_JOB}`),
  }],
});

const SECRET_TAIL = "the setup steps run outside the agent's firewall and what they receive can reach the agent.";

ruleTester('SG641', {
  options: COPILOT,
  valid: [
    { name: 'sandbox-named secrets', text: GOOD },
    { name: 'PRODUCT and DELIVERY are not production', text: wf(`${GOOD_JOB}        env:\n          A: \${{ secrets.PRODUCT_API_KEY }}\n          B: \${{ secrets.DELIVERY_TOKEN }}\n`) },
    { name: 'secrets.X outside an expression is text', text: wf(`${GOOD_JOB}        env:\n          NOTE: "secrets.PROD_KEY is not used here"\n`) },
  ],
  invalid: [
    {
      name: 'env: a LIVE key; the fix renames the reference',
      text: wf(`${GOOD_JOB}        env:\n          STRIPE_KEY: \${{ secrets.STRIPE_LIVE_KEY }}\n`),
      errors: [{
        range: [12, 27, 12, 50],
        severity: 'error',
        message: `\`secrets.STRIPE_LIVE_KEY\` in \`jobs.copilot-setup-steps.steps[1].env.STRIPE_KEY\` is named for production (\`LIVE\`): ${SECRET_TAIL} Pass a dedicated sandbox key (e.g. \`secrets.STRIPE_STAGING_KEY\`) and revoke this one if the agent ever had it.`,
        fixes: ['Use secrets.STRIPE_STAGING_KEY (create that secret with a sandbox key first)'],
      }],
      output: wf(`${GOOD_JOB}        env:\n          STRIPE_KEY: \${{ secrets.STRIPE_STAGING_KEY }}\n`),
    },
    {
      name: "with: index syntax secrets['PROD_…'], and a run script",
      text: wf(`${GOOD_JOB}      - uses: acme/deploy@v1\n        with:\n          token: \${{ secrets['PROD_DEPLOY_TOKEN'] }}\n      - run: ./seed.sh --key "\${{ secrets.PRODUCTION_DB_URL }}"\n`),
      errors: [
        {
          range: [13, 22, 13, 50],
          severity: 'error',
          message: `\`secrets.PROD_DEPLOY_TOKEN\` in \`jobs.copilot-setup-steps.steps[2].with.token\` is named for production (\`PROD\`): ${SECRET_TAIL} Pass a dedicated sandbox key (e.g. \`secrets.STAGING_DEPLOY_TOKEN\`) and revoke this one if the agent ever had it.`,
        },
        {
          range: [14, 35, 14, 60],
          severity: 'error',
          message: `\`secrets.PRODUCTION_DB_URL\` in \`jobs.copilot-setup-steps.steps[3].run\` is named for production (\`PRODUCTION\`): ${SECRET_TAIL} Pass a dedicated sandbox key (e.g. \`secrets.STAGING_DB_URL\`) and revoke this one if the agent ever had it.`,
        },
      ],
      output: wf(`${GOOD_JOB}      - uses: acme/deploy@v1\n        with:\n          token: \${{ secrets['STAGING_DEPLOY_TOKEN'] }}\n      - run: ./seed.sh --key "\${{ secrets.STAGING_DB_URL }}"\n`),
    },
  ],
});

ruleTester('SG642', {
  options: COPILOT,
  valid: [
    { name: 'staging and dependency URLs in a script', text: wf(`${GOOD_JOB}      - run: |\n          curl -sf https://api-m.sandbox.paypal.com/v1/oauth2/token\n          curl -sfL https://github.com/cli/cli/releases/download/v2.0.0/gh.tgz | tar xz\n`) },
    { name: 'a bare production name in a script is not a URL (file and package names look alike)', text: wf(`${GOOD_JOB}      - run: echo api-m.paypal.com > hosts.txt\n`) },
  ],
  invalid: [{
    name: 'a block script calling production: the host is swapped in place',
    text: wf(`${GOOD_JOB}      - name: Register webhook\n        run: |\n          set -e\n          curl -sf -X POST "https://api-m.paypal.com/v1/notifications/webhooks" -d @hook.json\n`),
    errors: [{
      range: [14, 37, 14, 53],
      severity: 'error',
      message: "`jobs.copilot-setup-steps.steps[2].run` calls the production host `api-m.paypal.com` (PayPal, per the catalog): the setup steps run outside the agent's firewall, with the repository's Copilot secrets. Call `api-m.sandbox.paypal.com` instead.",
      fixes: ['Use api-m.sandbox.paypal.com instead of api-m.paypal.com'],
    }],
    output: wf(`${GOOD_JOB}      - name: Register webhook\n        run: |\n          set -e\n          curl -sf -X POST "https://api-m.sandbox.paypal.com/v1/notifications/webhooks" -d @hook.json\n`),
  }],
});

const JOB_TAIL = '    permissions:\n      contents: read\n    steps:\n      - uses: actions/checkout@v4\n';
const SELF_HOSTED = "`runs-on` of `jobs.copilot-setup-steps` names a `self-hosted` runner: Copilot's agent then runs on it, inside your network and without Copilot's firewall. Use a GitHub-hosted runner.";

ruleTester('SG643', {
  options: COPILOT,
  valid: [
    { name: 'GitHub-hosted', text: GOOD },
    { name: 'a larger GitHub-hosted runner', text: wf(`    runs-on: ubuntu-4-core\n${JOB_TAIL}`) },
  ],
  invalid: [
    {
      name: 'a flow list with self-hosted',
      text: wf(`    runs-on: [self-hosted, linux]\n${JOB_TAIL}`),
      errors: [{ range: [5, 15, 5, 26], severity: 'error', message: SELF_HOSTED, fixes: ['Run on GitHub-hosted ubuntu-latest (check that the setup steps need nothing from your network)'] }],
      output: wf(`    runs-on: ubuntu-latest\n${JOB_TAIL}`),
    },
    {
      name: 'a block list',
      text: wf(`    runs-on:\n      - linux\n      - Self-Hosted\n${JOB_TAIL}`),
      errors: [{ range: [7, 9, 7, 20], severity: 'error', message: SELF_HOSTED }],
      output: wf(`    runs-on:\n      ubuntu-latest\n${JOB_TAIL}`),
    },
    {
      name: 'labels of a runner group',
      text: wf(`    runs-on:\n      group: build\n      labels: [self-hosted]\n${JOB_TAIL}`),
      errors: [{ range: [7, 16, 7, 27], severity: 'error', message: SELF_HOSTED }],
      output: wf(`    runs-on:\n      ubuntu-latest\n${JOB_TAIL}`),
    },
  ],
});

const STEPS = '    steps:\n      - uses: actions/checkout@v4\n';

ruleTester('SG644', {
  options: COPILOT,
  valid: [
    { name: 'contents: read', text: GOOD },
    { name: 'the workflow sets contents: read for every job', text: wf(`    runs-on: ubuntu-latest\n${STEPS}`, 'permissions:\n  contents: read\n') },
    { name: 'read scopes and none', text: wf(`    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      issues: read\n      id-token: none\n${STEPS}`) },
  ],
  invalid: [
    {
      name: 'write scopes, id-token included',
      text: wf(`    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n      id-token: write\n${STEPS}`),
      errors: [
        { range: [7, 17, 7, 22], severity: 'error', message: "`contents: write` in `jobs.copilot-setup-steps.permissions` lets the setup steps' GITHUB_TOKEN write to contents: they only need `contents: read`.", fixes: ['Set `contents: read`'] },
        { range: [8, 17, 8, 22], severity: 'error', message: "`id-token: write` in `jobs.copilot-setup-steps.permissions` lets the setup steps' GITHUB_TOKEN write an OIDC token, which can be exchanged for cloud credentials: they only need `contents: read`.", fixes: ['Set `id-token: none`'] },
      ],
      output: wf(`    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n      id-token: none\n${STEPS}`),
    },
    {
      name: 'write-all at the workflow level, which the job inherits',
      text: wf(`    runs-on: ubuntu-latest\n${STEPS}`, 'permissions: write-all\n'),
      errors: [{ range: [3, 14, 3, 23], severity: 'error', message: "`permissions: write-all` gives the setup steps' GITHUB_TOKEN write access to every scope (code, workflows, packages, releases): they only need `contents: read`.", fixes: ['Set `permissions: { contents: read }`'] }],
      output: wf(`    runs-on: ubuntu-latest\n${STEPS}`, 'permissions: { contents: read }\n'),
    },
    {
      name: 'the job overrides a narrow workflow setting with read-all',
      text: wf(`    runs-on: ubuntu-latest\n    permissions: read-all\n${STEPS}`, 'permissions:\n  contents: read\n'),
      errors: [{ range: [8, 18, 8, 26], severity: 'warning', message: "`jobs.copilot-setup-steps.permissions: read-all` gives the setup steps' GITHUB_TOKEN read access to every scope: they only need `contents: read`." }],
      output: wf(`    runs-on: ubuntu-latest\n    permissions: { contents: read }\n${STEPS}`, 'permissions:\n  contents: read\n'),
    },
    {
      name: 'no permissions anywhere: the fix adds contents: read to the job',
      text: wf(`    runs-on: ubuntu-latest\n${STEPS}`),
      errors: [{ range: [4, 3, 4, 22], severity: 'warning', message: "`jobs.copilot-setup-steps` sets no `permissions`: its GITHUB_TOKEN gets the repository's default, read-write in many repositories. Set `permissions: contents: read`.", fixes: ['Add `permissions: contents: read` to the job'] }],
      output: wf(`    permissions:\n      contents: read\n    runs-on: ubuntu-latest\n${STEPS}`),
    },
  ],
});

ruleTester('SG645', {
  options: COPILOT,
  valid: [
    { name: 'the job is named copilot-setup-steps', text: GOOD },
    { name: 'a file that does not parse is SG003\'s', text: 'jobs:\n  setup: [\n' },
  ],
  invalid: [
    {
      name: 'a lone misnamed job: renamed',
      text: `on: workflow_dispatch\njobs:\n  copilot_setup_steps:\n${GOOD_JOB}`,
      errors: [{ range: [3, 3, 3, 22], severity: 'error', message: 'The job `copilot_setup_steps` is not named `copilot-setup-steps`: Copilot runs only a job of that name, so it ignores this file and the agent starts without these steps.', fixes: ['Rename the job to copilot-setup-steps (Copilot then runs its steps before every agent session)'] }],
      output: `on: workflow_dispatch\njobs:\n  copilot-setup-steps:\n${GOOD_JOB}`,
    },
    {
      name: 'several jobs, none named: on the jobs key',
      text: `on: push\njobs:\n  build:\n${GOOD_JOB}  test:\n${GOOD_JOB}`,
      errors: [{ range: [2, 1, 2, 5], severity: 'error', message: 'None of the jobs (`build`, `test`) is named `copilot-setup-steps`: Copilot runs only a job of that name, so it ignores this file and the agent starts without these steps.' }],
    },
    {
      name: 'no jobs at all: on the first line',
      text: 'name: setup\non: workflow_dispatch\n',
      errors: [{ range: [1, 1, 1, 12], severity: 'error', message: 'The workflow has no `copilot-setup-steps` job: Copilot runs only a job of that name, so it ignores this file and the agent starts without these steps.' }],
    },
  ],
});

test('a fix of the exported allow list changes only a copy: never applied by --fix; a fix of a step endpoint is', () => {
  const text = wf(`${GOOD_JOB}        env:\n          COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: api-m.paypal.com\n          PAYPAL_API_BASE: https://api-m.paypal.com\n`);
  const found = checkText(text, COPILOT).findings;
  assert.deepEqual(found.map((f) => [f.ruleId, f.fixes.map((x) => !!x.safe)]), [['SG101', [false]], ['SG301', [true]]]);
});

ruleTester('SG646', {
  options: COPILOT,
  valid: [
    { name: 'no firewall switch', text: GOOD },
    { name: 'the firewall exported as on', text: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ENABLED: "true"\n') },
  ],
  invalid: [
    {
      name: 'a plain false in the workflow env',
      text: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ENABLED: false\n'),
      errors: [{
        range: [4, 35, 4, 40],
        severity: 'error',
        message: "`COPILOT_AGENT_FIREWALL_ENABLED: false` in `env`: the team has switched the agent's firewall off, so the agent reaches every host, production APIs included. Turn it on in the repository settings (Settings → Copilot → coding agent), where it is enforced.",
        fixes: ['Set it to true here (then turn the firewall on in repository settings)'],
      }],
      output: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ENABLED: true\n'),
    },
    {
      name: "a quoted 'False' in a step env",
      text: wf(`${GOOD_JOB}        env:\n          COPILOT_AGENT_FIREWALL_ENABLED: 'False'\n`),
      errors: [{ range: [12, 43, 12, 50], severity: 'error', message: /^`COPILOT_AGENT_FIREWALL_ENABLED: false` in `jobs\.copilot-setup-steps\.steps\[1\]\.env`/ }],
      output: wf(`${GOOD_JOB}        env:\n          COPILOT_AGENT_FIREWALL_ENABLED: true\n`),
    },
  ],
});

/** Copilot reads the repository's instruction files: a host they forbid, allowed in the exported list, is SG503. */
const FORBIDS_PAYPAL = '# Copilot\n\n## Rules\n\n- NEVER call `api-m.paypal.com` from agent sessions\n';
const WF_PATH = { path: '/ws/.github/workflows/copilot-setup-steps.yml' };
const LISTED = wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: registry.npmjs.org,api-m.paypal.com\n');

ruleTester('SG503', {
  options: WF_PATH,
  valid: [
    { name: 'the instruction file forbids a host the list does not allow', text: GOOD, files: { '/ws/.github/copilot-instructions.md': FORBIDS_PAYPAL } },
    { name: 'Copilot does not read CLAUDE.md', text: LISTED, files: { '/ws/CLAUDE.md': FORBIDS_PAYPAL } },
  ],
  invalid: [
    {
      name: '.github/copilot-instructions.md forbids an allowed host: on the entry, linked, removable',
      text: LISTED,
      files: { '/ws/.github/copilot-instructions.md': FORBIDS_PAYPAL },
      errors: [{
        range: [4, 67, 4, 83],
        severity: 'error',
        message: /^`api-m\.paypal\.com` is allowed in `COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS` of `env`, but \.\.\/copilot-instructions\.md says `api-m\.paypal\.com` must never be called: remove the entry, or correct \.github\/copilot-instructions\.md if the host is safe\. Copilot's firewall enforces/,
        fixes: [`Remove api-m.paypal.com${THEN}`],
      }],
      output: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: registry.npmjs.org\n'),
    },
    {
      name: 'AGENTS.md at the root governs when there is no copilot-instructions.md',
      text: LISTED,
      files: { '/ws/AGENTS.md': FORBIDS_PAYPAL },
      errors: [{ range: [4, 67, 4, 83], severity: 'error', message: /but \.\.\/\.\.\/AGENTS\.md says `api-m\.paypal\.com` must never be called: remove the entry, or correct AGENTS\.md if the host is safe\./ }],
      output: wf(GOOD_JOB, 'env:\n  COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: registry.npmjs.org\n'),
    },
  ],
});
