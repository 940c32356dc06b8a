// The shared settings rules (SG101, SG103, SG104, SG201, SG202) on Codex TOML through the one rule tester:
// hosts in domains tables (bare, basic and literal keys, inline tables, `**.` patterns), requirements and older
// lists, secrets in `shell_environment_policy.set`; fixes keep the quoting and comments and are re-checked.
import { ruleTester, type InvalidRow, type ValidRow } from '../helpers/ruleTester.js';
import { CONFIG, GOOD, REQUIREMENTS } from './fixtures.js';

ruleTester('SG101', {
  options: { path: CONFIG },
  valid: [
    { name: 'the staging-only config', text: GOOD },
    { name: 'a production host that is denied', text: GOOD.replace('"**.prod.example.com" = "deny"', '"api-m.paypal.com" = "deny"') },
    { name: 'deny wins over an allow of the same host', text: GOOD.replace('"**.prod.example.com" = "deny"', '"api-m.paypal.com" = "allow"\n"**.paypal.com" = "deny"') },
    { name: 'a production host in a comment only', text: GOOD.replace("# contract tests", "# not api-m.paypal.com") },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "production host in a domains table, comment kept",
      text: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\n\n[permissions.ci.network.domains]\n\"api-m.paypal.com\" = \"allow\"     # payments\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
      errors: [
        { range: [10, 2, 10, 18], severity: 'error', message: "`api-m.paypal.com` in [permissions.ci.network.domains] is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).", fixes: ["Replace with staging host api-m.sandbox.paypal.com"] },
      ],
      output: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\n\n[permissions.ci.network.domains]\n\"api-m.sandbox.paypal.com\" = \"allow\"     # payments\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
    },
    {
      name: "literal key keeps its quotes",
      text: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\n\n[permissions.ci.network.domains]\n'api-m.paypal.com' = 'allow'\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
      errors: [
        { range: [10, 2, 10, 18], severity: 'error', message: "`api-m.paypal.com` in [permissions.ci.network.domains] is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).", fixes: ["Replace with staging host api-m.sandbox.paypal.com"] },
      ],
      output: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\n\n[permissions.ci.network.domains]\n'api-m.sandbox.paypal.com' = 'allow'\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
    },
    {
      name: "inline domains table",
      text: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\ndomains = { \"api-m.paypal.com\" = \"allow\", \"registry.npmjs.org\" = \"allow\" }\n\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
      errors: [
        { range: [8, 14, 8, 30], severity: 'error', message: "`api-m.paypal.com` in [permissions.ci.network.domains] is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).", fixes: ["Replace with staging host api-m.sandbox.paypal.com"] },
      ],
      output: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\ndomains = { \"api-m.sandbox.paypal.com\" = \"allow\", \"registry.npmjs.org\" = \"allow\" }\n\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
    },
    {
      name: "** covers the production domain itself",
      text: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\n\n[permissions.ci.network.domains]\n\"**.api-m.paypal.com\" = \"allow\"\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
      errors: [
        { range: [10, 5, 10, 21], severity: 'error', message: "`api-m.paypal.com` in [permissions.ci.network.domains] is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).", fixes: ["Replace with staging host api-m.sandbox.paypal.com"] },
      ],
      output: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\n\n[permissions.ci.network.domains]\n\"api-m.sandbox.paypal.com\" = \"allow\"\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
    },
    {
      name: "requirements allowed_domains",
      options: { path: REQUIREMENTS },
      text: "[experimental_network]\nenabled = true\nallowed_domains = [\n  \"api.staging.example.com\",\n  \"api-m.paypal.com\",  # temporary\n]\n",
      errors: [
        { range: [5, 4, 5, 20], severity: 'error', message: "`api-m.paypal.com` in `experimental_network.allowed_domains` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).", fixes: ["Replace with staging host api-m.sandbox.paypal.com"] },
      ],
      output: "[experimental_network]\nenabled = true\nallowed_domains = [\n  \"api.staging.example.com\",\n  \"api-m.sandbox.paypal.com\",  # temporary\n]\n",
    },
    {
      name: "older network_proxy.policy list",
      text: "[network_proxy]\nenabled = true\nmode = \"limited\"\n\n[network_proxy.policy]\nallowed_domains = [\"api-m.paypal.com\", \"api.staging.example.com\"]\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
      errors: [
        { range: [6, 21, 6, 37], severity: 'error', message: "`api-m.paypal.com` in `network_proxy.policy.allowed_domains` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Replace it with the staging host `api-m.sandbox.paypal.com` (the PayPal sandbox).", fixes: ["Replace with staging host api-m.sandbox.paypal.com"] },
      ],
      output: "[network_proxy]\nenabled = true\nmode = \"limited\"\n\n[network_proxy.policy]\nallowed_domains = [\"api-m.sandbox.paypal.com\", \"api.staging.example.com\"]\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG103', {
  options: { path: CONFIG },
  valid: [
    { name: 'exact hosts', text: GOOD },
    { name: 'a deny wildcard', text: GOOD.replace('"**.prod.example.com" = "deny"', '"*" = "deny"') },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "wildcard over a public suffix",
      text: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\n\n[permissions.ci.network.domains]\n\"*.amazonaws.com\" = \"allow\"\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
      errors: [
        { range: [10, 2, 10, 17], severity: 'error', message: "`*.amazonaws.com` in [permissions.ci.network.domains] is a wildcard over the public suffix .amazonaws.com: it reaches every host anyone registers under it, every production API included. List the exact staging hosts the agent needs." },
      ],
      output: null,
    },
    {
      name: "everything",
      options: { path: REQUIREMENTS },
      text: "[experimental_network]\nenabled = true\n\n[experimental_network.domains]\n\"*\" = \"allow\"\n",
      errors: [
        { range: [5, 2, 5, 3], severity: 'error', message: "`*` in [experimental_network.domains] allows every host on the internet: the allowlist no longer keeps the agent off production. List the exact staging hosts the agent needs." },
      ],
      output: null,
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG104', {
  options: { path: CONFIG },
  valid: [
    { name: 'staging hosts', text: GOOD },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "metadata endpoint",
      text: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\n\n[permissions.ci.network.domains]\n\"api.staging.example.com\" = \"allow\"\n\"169.254.169.254\" = \"allow\"\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
      errors: [
        { range: [11, 2, 11, 17], severity: 'error', message: "`169.254.169.254` in [permissions.ci.network.domains] is a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service; Google Compute Engine / GKE metadata server; Azure Instance Metadata Service and 4 more) in the link-local 169.254.0.0/16 range: a task that reaches it can read the VM's cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.", fixes: ["Remove 169.254.169.254"] },
      ],
      output: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\n\n[permissions.ci.network.domains]\n\"api.staging.example.com\" = \"allow\"\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG201', {
  options: { path: CONFIG },
  valid: [
    { name: 'a reference, not a value', text: "[shell_environment_policy.set]\nAPI_TOKEN_REF = \"vault:secret/codex/staging\"\n" },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "secret in set",
      text: "[shell_environment_policy]\nignore_default_excludes = false\n\n[shell_environment_policy.set]\nAPI_TOKEN = \"c9f1e2d3b4a5968778695a4b3c2d1e0f\"\n",
      errors: [
        { range: [5, 14, 5, 46], severity: 'error', message: "A literal secret (`…1e0f`) is written in the file in `API_TOKEN` of `shell_environment_policy.set`: anyone who can read the repository, and the agent, can use it. Revoke it, and give the agent a sandbox key from a secrets manager or the environment it is started in, not from a committed file." },
      ],
      output: null,
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG202', {
  options: { path: CONFIG },
  valid: [
    { name: 'a test-mode key is not live', text: "[shell_environment_policy.set]\nSTRIPE_PUBLISHABLE_KEY = \"pk_test_TYooMQauvdEDq54NiTphI7jx\"\n" },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "live key in set",
      text: "[shell_environment_policy]\nignore_default_excludes = false\nset = { STRIPE_SECRET_KEY = \"sk_live_51HxQ2bCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd\" }\n",
      errors: [
        { range: [3, 30, 3, 83], severity: 'error', message: "LIVE Stripe key `sk_live_…abcd` in `STRIPE_SECRET_KEY` of `shell_environment_policy.set`: it acts on production (real customers, data and money). Revoke it now at the provider (it stays in the git history) and give the agent a sandbox or test-mode key from a secrets manager." },
      ],
      output: null,
    },
  ] satisfies InvalidRow[],
});
