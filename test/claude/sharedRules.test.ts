// The shared settings rules (SG003, SG101–SG104, SG201, SG202) on Claude Code and sandbox-runtime settings,
// through the one rule tester: exact ranges and messages, every fix applied and re-checked.
import { ruleTester } from '../helpers/ruleTester.js';

const CLAUDE = { path: '/repo/.claude/settings.json' };
const SRT = { path: '/repo/.srt-settings.json' };

const PAYPAL_PROD = 'is a production host of PayPal: an agent task that can reach it acts on live accounts, real money and real customer data.';

ruleTester('SG101', {
  options: CLAUDE,
  valid: [
    { name: 'staging hosts only', text: '{\n  "sandbox": { "network": { "allowedDomains": ["api.sandbox.paypal.com", "registry.npmjs.org"] } }\n}\n' },
    { name: 'a production host in deniedDomains is the point of the list', text: '{ "sandbox": { "network": { "deniedDomains": ["api.paypal.com", "*.paypal.com"] } } }' },
    { name: 'a production host allowed but denied by a deny wildcard of the same file (deny wins)', text: '{ "sandbox": { "network": { "allowedDomains": ["api.paypal.com"], "deniedDomains": ["*.paypal.com"] } } }' },
    { name: 'WebFetch deny rules and other permission rules', text: '{ "permissions": { "deny": ["WebFetch(domain:api.paypal.com)"], "allow": ["Bash(curl api.paypal.com)", "WebFetch"] } }' },
    { name: 'allowedDomains outside sandbox.network is not read by Claude Code', text: '{ "network": { "allowedDomains": ["api.paypal.com"] } }' },
  ],
  invalid: [
    {
      name: 'allowedDomains: replaced in place, comment and layout kept',
      text: '{\n  // payments team\n  "sandbox": {\n    "network": {\n      "allowedDomains": [\n        "registry.npmjs.org",\n        "api.paypal.com" // checkout\n      ]\n    }\n  }\n}\n',
      errors: [
        {
          range: [7, 10, 7, 24],
          severity: 'error',
          message: `\`api.paypal.com\` in \`sandbox.network.allowedDomains\` ${PAYPAL_PROD} Replace it with the staging host \`api.sandbox.paypal.com\` (the PayPal sandbox).`,
          fixes: ['Replace with staging host api.sandbox.paypal.com'],
        },
      ],
      output: '{\n  // payments team\n  "sandbox": {\n    "network": {\n      "allowedDomains": [\n        "registry.npmjs.org",\n        "api.sandbox.paypal.com" // checkout\n      ]\n    }\n  }\n}\n',
    },
    {
      name: 'WebFetch(domain:…) allow rule: the span is the host, the rule around it stays',
      text: '{ "permissions": { "allow": ["Bash(npm test)", "WebFetch(domain:api.paypal.com)"] } }',
      errors: [
        {
          range: [1, 65, 1, 79],
          severity: 'error',
          message: `\`api.paypal.com\` in \`permissions.allow\` ${PAYPAL_PROD} Replace it with the staging host \`api.sandbox.paypal.com\` (the PayPal sandbox).`,
        },
      ],
      output: '{ "permissions": { "allow": ["Bash(npm test)", "WebFetch(domain:api.sandbox.paypal.com)"] } }',
    },
    {
      name: 'staging host already allowed: the production entry is removed with its comma',
      text: '{\n  "sandbox": {\n    "network": {\n      "allowedDomains": ["api-m.paypal.com", "api-m.sandbox.paypal.com"]\n    }\n  }\n}\n',
      errors: [
        {
          range: [4, 27, 4, 43],
          severity: 'error',
          message: '`api-m.paypal.com` in `sandbox.network.allowedDomains` is a production host of PayPal, Venmo: an agent task that can reach it acts on live accounts, real money and real customer data. Remove it: its staging host `api-m.sandbox.paypal.com` is already allowed.',
          fixes: ['Remove api-m.paypal.com (staging host api-m.sandbox.paypal.com is already allowed)'],
        },
      ],
      output: '{\n  "sandbox": {\n    "network": {\n      "allowedDomains": ["api-m.sandbox.paypal.com"]\n    }\n  }\n}\n',
    },
    {
      name: 'a host shared by test and live mode is a warning about the key, without a fix',
      text: '{ "sandbox": { "network": { "allowedDomains": ["api.stripe.com"] } } }',
      errors: [
        {
          range: [1, 49, 1, 63],
          severity: 'warning',
          message: '`api.stripe.com` in `sandbox.network.allowedDomains` serves both test and live mode of Stripe: the credential decides which one a call reaches. Make sure the credential the agent uses for it is a test-mode key (sk_test_, rk_test_ or pk_test_), never a live key.',
        },
      ],
      output: null,
    },
    {
      name: 'srt: the port of `host:port` is kept by the replacement',
      options: SRT,
      text: '{\n  "network": {\n    "allowedDomains": ["api.paypal.com:443", "github.com"],\n    "deniedDomains": []\n  }\n}\n',
      errors: [
        {
          range: [3, 25, 3, 43],
          severity: 'error',
          message: `\`api.paypal.com\` in \`network.allowedDomains\` ${PAYPAL_PROD} Replace it with the staging host \`api.sandbox.paypal.com\` (the PayPal sandbox).`,
        },
      ],
      output: '{\n  "network": {\n    "allowedDomains": ["api.sandbox.paypal.com:443", "github.com"],\n    "deniedDomains": []\n  }\n}\n',
    },
  ],
});

ruleTester('SG102', {
  options: CLAUDE,
  valid: [
    { name: 'catalog sandbox host and a staging-labelled host', text: '{ "sandbox": { "network": { "allowedDomains": ["api.sandbox.paypal.com", "api.staging.acme.io"] } } }' },
    { name: 'an unknown host in deniedDomains', text: '{ "sandbox": { "network": { "deniedDomains": ["api.acme.io"] } } }' },
  ],
  invalid: [
    {
      name: 'unknown host: derived staging host offered, not safe',
      text: '{ "sandbox": { "network": { "allowedDomains": ["api.acme.io"] } } }',
      errors: [
        {
          range: [1, 49, 1, 60],
          severity: 'warning',
          message: '`api.acme.io` in `sandbox.network.allowedDomains` is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as `staging` or `sandbox`): if it is production, the agent can reach production. Use its staging host (perhaps `api.staging.acme.io`), or, if it is a staging host, record it in .sandbox-guard.yaml (`stagingHosts` or `stagingMarkers`).',
          fixes: ['Replace with derived staging host api.staging.acme.io (check that it exists)'],
        },
      ],
      output: '{ "sandbox": { "network": { "allowedDomains": ["api.staging.acme.io"] } } }',
    },
    {
      name: 'a staging word under a catalogued provider the catalog does not list: what the provider offers instead, no swap',
      text: '{ "sandbox": { "network": { "allowedDomains": ["api.sandbox.twilio.com"] } } }',
      errors: [
        {
          range: [1, 49, 1, 71],
          severity: 'warning',
          message: '`api.sandbox.twilio.com` in `sandbox.network.allowedDomains` is under twilio.com, but despite the `sandbox` in its name, Twilio documents no such host (catalog): the agent may reach production or nothing at all. Twilio has no separate sandbox host: it offers test credentials against the production host `api.twilio.com`. Use `api.twilio.com` with a test-mode credential. If it really is a test host of your Twilio account, record it in stagingHosts of .sandbox-guard.yaml.',
          fixes: [],
        },
      ],
    },
  ],
});

ruleTester('SG103', {
  options: SRT,
  valid: [{ name: 'a wildcard in deniedDomains', text: '{ "network": { "allowedDomains": [], "deniedDomains": ["*.paypal.com", "*"] } }' }],
  invalid: [
    {
      name: 'public-suffix and over-broad wildcards',
      text: '{ "network": { "allowedDomains": ["*.amazonaws.com", "*.stripe.com"] } }',
      errors: [
        {
          range: [1, 36, 1, 51],
          severity: 'error',
          message: '`*.amazonaws.com` in `network.allowedDomains` is a wildcard over the public suffix .amazonaws.com: it reaches every host anyone registers under it, every production API included. List the exact staging hosts the agent needs.',
        },
        {
          range: [1, 55, 1, 67],
          severity: 'warning',
          message: '`*.stripe.com` in `network.allowedDomains` is a wildcard: it also reaches every production subdomain of stripe.com, including hosts added later. List the exact staging hosts the agent needs.',
        },
      ],
      output: null,
    },
  ],
});

ruleTester('SG104', {
  options: CLAUDE,
  valid: [{ name: 'localhost in env is a service the agent starts itself', text: '{ "env": { "DATABASE_URL": "postgres://localhost:5432/app" } }' }],
  invalid: [
    {
      name: 'metadata IP in allowedDomains (own line, its comment stays) and in an env URL',
      text: '{\n  "sandbox": {\n    "network": {\n      "allowedDomains": [\n        "169.254.169.254", // debugging\n        "registry.npmjs.org"\n      ]\n    }\n  },\n  "env": { "META": "http://169.254.169.254/latest/meta-data" }\n}\n',
      errors: [
        {
          range: [5, 10, 5, 25],
          severity: 'error',
          message: /^`169\.254\.169\.254` in `sandbox\.network\.allowedDomains` is a cloud metadata \/ platform endpoint \(.*\) in the link-local 169\.254\.0\.0\/16 range: a task that reaches it can read the VM's cloud credentials \(instance role tokens\) and act as the VM in the cloud account\. Remove the entry\.$/,
          fixes: ['Remove 169.254.169.254'],
        },
        {
          range: [10, 28, 10, 43],
          severity: 'error',
          message: /^`META` in `env` points at `169\.254\.169\.254`, a cloud metadata \/ platform endpoint \(.*\) in the link-local 169\.254\.0\.0\/16 range: a task that reaches it can read the VM's cloud credentials \(instance role tokens\) and act as the VM in the cloud account\. Remove the variable\.$/,
        },
      ],
      output: '{\n  "sandbox": {\n    "network": {\n      "allowedDomains": [\n        // debugging\n        "registry.npmjs.org"\n      ]\n    }\n  },\n  "env": { "META": "http://169.254.169.254/latest/meta-data" }\n}\n',
    },
  ],
});

ruleTester('SG201', {
  options: CLAUDE,
  valid: [
    { name: 'references and plain values', text: '{ "env": { "DB_PASSWORD": "${DB_PASSWORD}", "NODE_ENV": "test", "API_URL": "https://api.staging.acme.io" } }' },
  ],
  invalid: [
    {
      name: 'a test-mode key and a secret-named literal in env, redacted',
      text: '{\n  "env": {\n    "STRIPE_SECRET_KEY": "sk_test_51H8xY2eZvKYlo2C0a1b2c3d4e5f6g7h8",\n    "API_TOKEN": "hunter2hunter2"\n  }\n}\n',
      errors: [
        {
          range: [3, 27, 3, 68],
          severity: 'error',
          message: 'A Stripe key (`sk_test_…g7h8`) is written in the file in `STRIPE_SECRET_KEY` of `env` (it matches the secret pattern gitleaks:stripe-access-token): anyone who can read the repository, and the agent, can use it. Even a test-mode key reads and writes your sandbox account. Revoke it, and give the agent a sandbox key from a secrets manager or the environment it is started in, not from a committed file.',
        },
        {
          range: [4, 19, 4, 33],
          severity: 'error',
          message: 'A literal secret (`…r2`) is written in the file in `API_TOKEN` of `env`: anyone who can read the repository, and the agent, can use it. Revoke it, and give the agent a sandbox key from a secrets manager or the environment it is started in, not from a committed file.',
        },
      ],
      output: null,
    },
  ],
});

ruleTester('SG202', {
  options: SRT,
  valid: [{ name: 'no keys', text: '{ "network": { "allowedDomains": ["github.com"] } }' }],
  invalid: [
    {
      name: 'a live key in a comment is still in the file',
      text: '{\n  // old: sk_live_51H8xY2eZvKYlo2C0a1b2c3d4e5f6g7h8\n  "network": { "allowedDomains": ["github.com"] }\n}\n',
      errors: [
        {
          range: [2, 11, 2, 52],
          severity: 'error',
          message: 'LIVE Stripe key `sk_live_…g7h8` in the file: it acts on production (real customers, data and money). Revoke it now at the provider (it stays in the git history) and give the agent a sandbox or test-mode key from a secrets manager.',
        },
      ],
      output: null,
    },
  ],
});

ruleTester('SG003', {
  options: CLAUDE,
  valid: [
    { name: 'comments and a trailing comma (JSONC)', text: '{\n  // ok\n  "sandbox": { "enabled": true, },\n}\n' },
    { name: 'an empty file', text: '' },
  ],
  invalid: [
    {
      name: 'a missing comma',
      text: '{\n  "sandbox": { "enabled": true }\n  "env": {}\n}\n',
      errors: [{ range: [3, 3, 3, 8], severity: 'error', message: 'JSON syntax error: a comma is expected. The product refuses or ignores an invalid settings file, and the rest of it is only checked as far as it parses.' }],
      output: null,
    },
    {
      name: 'a duplicate key: the last one wins',
      text: '{\n  "sandbox": { "enabled": true },\n  "sandbox": { "enabled": false }\n}\n',
      errors: [{ range: [3, 3, 3, 12], severity: 'error', message: 'Duplicate key `sandbox`: JSON readers keep only the last one, so the earlier value (line 2) is ignored. Remove or merge the duplicate.' }],
      output: null,
    },
    {
      name: 'not an object',
      text: '["api.paypal.com"]\n',
      errors: [{ range: [1, 1, 1, 19], severity: 'error', message: 'The settings file must be a JSON object (`{ … }`): the product ignores anything else.' }],
      output: null,
    },
  ],
});
