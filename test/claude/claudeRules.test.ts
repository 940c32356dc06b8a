// Claude Code's own rules (SG601–SG608) and sandbox-runtime's (SG609) through the one rule tester: realistic
// files, each rule's violations and traps (defaults that are unsafe, scopes that merge), fixes re-checked.
import { ruleTester } from '../helpers/ruleTester.js';

const CLAUDE = { path: '/repo/.claude/settings.json' };
const LOCAL = { path: '/repo/.claude/settings.local.json' };
const SRT = { path: '/repo/.srt-settings.json' };
const SAFE = '"enabled": true, "allowUnsandboxedCommands": false, "failIfUnavailable": true';

const DISABLED_EFFECT = "the agent's Bash commands run without the sandbox, with the user's full network and filesystem access, so nothing this file allows or denies restricts them. Set it to `true`. Claude Code's sandbox covers the Bash tool only: WebFetch and MCP tools are limited by `permissions`.";

ruleTester('SG601', {
  options: CLAUDE,
  valid: [
    { name: 'enabled', text: `{ "sandbox": { ${SAFE} } }` },
    { name: 'a local settings file that says nothing about the sandbox (the project file decides)', options: LOCAL, text: '{ "permissions": { "allow": ["Bash(npm test)"] } }' },
    { name: 'managed settings without a sandbox block', options: { path: '/etc/claude-code/managed-settings.json' }, text: '{ "permissions": { "deny": ["WebFetch(domain:api.paypal.com)"] } }' },
  ],
  invalid: [
    {
      name: 'explicitly false, even in a local file',
      options: LOCAL,
      text: '{\n  "sandbox": {\n    "enabled": false,\n    "allowUnsandboxedCommands": false,\n    "failIfUnavailable": true\n  }\n}\n',
      errors: [{ range: [3, 16, 3, 21], severity: 'error', message: `\`sandbox.enabled\` is \`false\`: ${DISABLED_EFFECT}`, fixes: ['Enable the sandbox (sandbox.enabled: true)'] }],
      output: '{\n  "sandbox": {\n    "enabled": true,\n    "allowUnsandboxedCommands": false,\n    "failIfUnavailable": true\n  }\n}\n',
    },
    {
      name: 'no sandbox block in the project file: a whole safe block is added, layout kept',
      text: '{\n  "permissions": {\n    "allow": ["Bash(npm test)"]\n  }\n}\n',
      errors: [{ range: [1, 1, 1, 2], severity: 'error', message: `\`sandbox.enabled\` is not set (the sandbox is off by default): ${DISABLED_EFFECT}`, fixes: ['Add a sandbox block (enabled, allowUnsandboxedCommands: false, failIfUnavailable: true)'] }],
      output: '{\n  "permissions": {\n    "allow": ["Bash(npm test)"]\n  },\n  "sandbox": {\n    "enabled": true,\n    "allowUnsandboxedCommands": false,\n    "failIfUnavailable": true\n  }\n}\n',
    },
    {
      name: 'a one-line file stays on one line',
      text: '{ "permissions": { "allow": ["Bash(ls)"] } }',
      errors: [{ range: [1, 1, 1, 2], severity: 'error', message: `\`sandbox.enabled\` is not set (the sandbox is off by default): ${DISABLED_EFFECT}` }],
      output: '{ "permissions": { "allow": ["Bash(ls)"] }, "sandbox": { "enabled": true, "allowUnsandboxedCommands": false, "failIfUnavailable": true } }',
    },
  ],
});

ruleTester('SG602', {
  options: CLAUDE,
  valid: [
    { name: 'false', text: `{ "sandbox": { ${SAFE} } }` },
    { name: 'a file without a sandbox block leaves it to the others (SG601 reports the project file)', options: LOCAL, text: '{ "env": { "NODE_ENV": "test" } }' },
  ],
  invalid: [
    {
      name: 'missing: the default is true',
      text: '{\n  "sandbox": {\n    "enabled": true,\n    "failIfUnavailable": true\n  }\n}\n',
      errors: [{ range: [2, 3, 2, 12], severity: 'error', message: '`sandbox.allowUnsandboxedCommands` is not set, and it defaults to `true`: the model may re-run a command the sandbox blocked outside it (`dangerouslyDisableSandbox`), past every network and filesystem limit, with only a permission prompt in the way. Set it to `false`.', fixes: ['Set sandbox.allowUnsandboxedCommands to false'] }],
      output: '{\n  "sandbox": {\n    "enabled": true,\n    "failIfUnavailable": true,\n    "allowUnsandboxedCommands": false\n  }\n}\n',
    },
    {
      name: 'explicitly true',
      text: '{ "sandbox": { "enabled": true, "allowUnsandboxedCommands": true, "failIfUnavailable": true } }',
      errors: [{ range: [1, 61, 1, 65], severity: 'error', message: '`sandbox.allowUnsandboxedCommands` is `true`: the model may re-run a command the sandbox blocked outside it (`dangerouslyDisableSandbox`), past every network and filesystem limit, with only a permission prompt in the way. Set it to `false`.' }],
      output: '{ "sandbox": { "enabled": true, "allowUnsandboxedCommands": false, "failIfUnavailable": true } }',
    },
  ],
});

ruleTester('SG603', {
  options: CLAUDE,
  valid: [{ name: 'empty list', text: `{ "sandbox": { ${SAFE}, "excludedCommands": [] } }` }],
  invalid: [
    {
      name: 'each excluded command, removed one per fix (its comment stays)',
      text: `{\n  "sandbox": {\n    ${SAFE},\n    "excludedCommands": [\n      "docker", // local builds\n      "kubectl"\n    ]\n  }\n}\n`,
      errors: [
        { range: [5, 8, 5, 14], severity: 'warning', message: '`docker` in `sandbox.excludedCommands` always runs outside the sandbox, with the user\'s full network and filesystem access: `allowedDomains` does not limit it. Remove it and allow what it needs in `sandbox.network.allowedDomains` instead.', fixes: ['Remove docker from sandbox.excludedCommands (it then runs sandboxed)'] },
        { range: [6, 8, 6, 15], severity: 'warning', message: '`kubectl` in `sandbox.excludedCommands` always runs outside the sandbox, with the user\'s full network and filesystem access: `allowedDomains` does not limit it. Remove it and allow what it needs in `sandbox.network.allowedDomains` instead.', fixes: ['Remove kubectl from sandbox.excludedCommands (it then runs sandboxed)'] },
      ],
      output: `{\n  "sandbox": {\n    ${SAFE},\n    "excludedCommands": [\n      // local builds\n      "kubectl"\n    ]\n  }\n}\n`,
    },
  ],
});

ruleTester('SG604', {
  options: CLAUDE,
  valid: [{ name: 'specific sockets only', text: `{ "sandbox": { ${SAFE}, "network": { "allowUnixSockets": ["/tmp/app.sock"], "allowAllUnixSockets": false } } }` }],
  invalid: [
    {
      name: 'allowAllUnixSockets true',
      text: `{\n  "sandbox": {\n    ${SAFE},\n    "network": {\n      "allowAllUnixSockets": true,\n      "allowedDomains": ["registry.npmjs.org"]\n    }\n  }\n}\n`,
      errors: [{ range: [5, 30, 5, 34], severity: 'error', message: '`sandbox.network.allowAllUnixSockets` is `true`: sandboxed commands may connect to any Unix socket, past the network proxy; the Docker socket alone gives them root on the host and a way around every network rule. Remove it and list only the sockets a tool needs in `sandbox.network.allowUnixSockets`.', fixes: ['Remove allowAllUnixSockets'] }],
      output: `{\n  "sandbox": {\n    ${SAFE},\n    "network": {\n      "allowedDomains": ["registry.npmjs.org"]\n    }\n  }\n}\n`,
    },
  ],
});

ruleTester('SG605', {
  options: CLAUDE,
  valid: [{ name: 'false', text: `{ "sandbox": { ${SAFE}, "enableWeakerNetworkIsolation": false } }` }],
  invalid: [
    {
      name: 'true, as the last key: the comma before it goes',
      text: `{\n  "sandbox": {\n    ${SAFE},\n    "enableWeakerNetworkIsolation": true\n  }\n}\n`,
      errors: [{ range: [4, 37, 4, 41], severity: 'warning', message: '`sandbox.enableWeakerNetworkIsolation` is `true`: the sandbox\'s network isolation is lowered for tools that need system network services, so what sandboxed commands reach is no longer only what `allowedDomains` says. Remove it and run the tool that needed it outside the agent, in a reviewed step.' }],
      output: `{\n  "sandbox": {\n    ${SAFE}\n  }\n}\n`,
    },
  ],
});

ruleTester('SG606', {
  options: CLAUDE,
  valid: [{ name: 'true', text: `{ "sandbox": { ${SAFE} } }` }],
  invalid: [
    {
      name: 'not set',
      text: '{\n  "sandbox": {\n    "enabled": true,\n    "allowUnsandboxedCommands": false\n  }\n}\n',
      errors: [{ range: [2, 3, 2, 12], severity: 'warning', message: '`sandbox.failIfUnavailable` is not set: where the sandbox cannot start (no bubblewrap or socat in a container or CI image), Claude Code warns and runs the agent\'s commands without it, and none of this file\'s network limits apply. Set it to `true`.' }],
      output: '{\n  "sandbox": {\n    "enabled": true,\n    "allowUnsandboxedCommands": false,\n    "failIfUnavailable": true\n  }\n}\n',
    },
  ],
});

ruleTester('SG607', {
  options: CLAUDE,
  valid: [{ name: 'per-domain WebFetch rules and a WebFetch deny', text: `{ "sandbox": { ${SAFE} }, "permissions": { "allow": ["WebFetch(domain:docs.staging.acme.io)"], "deny": ["WebFetch"] } }` }],
  invalid: [
    {
      name: 'bare WebFetch and WebFetch(*)',
      text: `{ "sandbox": { ${SAFE} }, "permissions": { "allow": ["WebFetch", "Bash(ls)", "WebFetch(*)"] } }`,
      errors: [
        { range: [1, 125, 1, 133], severity: 'error', message: '`WebFetch` in `permissions.allow` lets the WebFetch tool fetch every domain without asking, production APIs included: WebFetch does not run in the Bash sandbox, so `sandbox.network.allowedDomains` does not limit it. Allow one `WebFetch(domain:<staging host>)` per host instead.', fixes: ['Remove WebFetch (WebFetch then asks before each new domain)'] },
        { range: [1, 149, 1, 160], severity: 'error', message: '`WebFetch(*)` in `permissions.allow` lets the WebFetch tool fetch every domain without asking, production APIs included: WebFetch does not run in the Bash sandbox, so `sandbox.network.allowedDomains` does not limit it. Allow one `WebFetch(domain:<staging host>)` per host instead.', fixes: ['Remove WebFetch(*) (WebFetch then asks before each new domain)'] },
      ],
      output: `{ "sandbox": { ${SAFE} }, "permissions": { "allow": ["Bash(ls)"] } }`,
    },
  ],
});

const PROD_ENV = (name: string, part: string) => `\`${name}\` in \`env\` is named for production (\`${part}\`) and is not denied in \`sandbox.credentials.envVars\`: every command the agent runs gets it. Give the agent a staging variable instead; denying it keeps it only from sandboxed Bash commands, while Claude Code itself and its other tools still have it.`;

ruleTester('SG608', {
  options: CLAUDE,
  valid: [
    { name: 'staging names; PRODUCT is not PROD', text: `{ "sandbox": { ${SAFE} }, "env": { "STAGING_DB_URL": "x", "PRODUCT_NAME": "shop" } }` },
    { name: 'denied', text: `{ "sandbox": { ${SAFE}, "credentials": { "envVars": [{ "name": "PROD_DB_URL", "mode": "deny" }] } }, "env": { "PROD_DB_URL": "x" } }` },
  ],
  invalid: [
    {
      name: 'added to an existing envVars list',
      text: `{\n  "sandbox": {\n    ${SAFE},\n    "credentials": {\n      "envVars": [\n        { "name": "GH_TOKEN", "mode": "deny" }\n      ]\n    }\n  },\n  "env": {\n    "STRIPE_LIVE_KEY_REF": "vault:stripe"\n  }\n}\n`,
      errors: [{ range: [11, 6, 11, 25], severity: 'error', message: PROD_ENV('STRIPE_LIVE_KEY_REF', 'LIVE'), fixes: ['Deny STRIPE_LIVE_KEY_REF to sandboxed commands (Claude Code itself and its other tools still have it)'] }],
      output: `{\n  "sandbox": {\n    ${SAFE},\n    "credentials": {\n      "envVars": [\n        { "name": "GH_TOKEN", "mode": "deny" },\n        { "name": "STRIPE_LIVE_KEY_REF", "mode": "deny" }\n      ]\n    }\n  },\n  "env": {\n    "STRIPE_LIVE_KEY_REF": "vault:stripe"\n  }\n}\n`,
    },
    {
      name: 'no sandbox block: no fix (adding one is SG601\'s)',
      options: LOCAL,
      text: '{ "env": { "PROD_API_URL": "https://api.acme.io" } }',
      errors: [{ range: [1, 13, 1, 25], severity: 'error', message: PROD_ENV('PROD_API_URL', 'PROD'), fixes: [] }],
      output: null,
    },
  ],
});

ruleTester('SG609', {
  options: SRT,
  valid: [
    { name: 'injected into its staging host only', text: '{ "network": { "allowedDomains": ["api.sandbox.paypal.com", "api.acme.io"] }, "credentials": { "envVars": [{ "name": "PAYPAL_TOKEN", "mode": "mask", "injectHosts": ["api.sandbox.paypal.com"] }] } }' },
    { name: 'defaulted, while only staging hosts are allowed', text: '{ "network": { "allowedDomains": ["api.sandbox.paypal.com"] }, "credentials": { "envVars": [{ "name": "PAYPAL_TOKEN", "mode": "mask" }] } }' },
    { name: 'a denied secret is never injected', text: '{ "network": { "allowedDomains": ["api.paypal.com"] }, "credentials": { "envVars": [{ "name": "PAYPAL_TOKEN", "mode": "deny" }] } }' },
    { name: 'a test key to a host shared by test and live mode', text: '{ "network": { "allowedDomains": ["api.stripe.com"] }, "credentials": { "envVars": [{ "name": "STRIPE_TEST_KEY", "mode": "mask", "injectHosts": ["api.stripe.com"] }] } }' },
  ],
  invalid: [
    {
      name: 'defaulted injectHosts while a production host is allowed: limited to the staging hosts',
      text: '{\n  "network": { "allowedDomains": ["api.sandbox.paypal.com", "api.paypal.com"] },\n  "credentials": {\n    "envVars": [{ "name": "PAYPAL_TOKEN", "mode": "mask" }]\n  }\n}\n',
      errors: [{ range: [4, 52, 4, 56], severity: 'error', message: 'Masked secret `PAYPAL_TOKEN` has no `injectHosts`, so its real value is sent to every allowed domain, including `api.paypal.com` (not staging). List only the staging hosts that need it in `injectHosts`.', fixes: ['Inject PAYPAL_TOKEN only into api.sandbox.paypal.com'] }],
      output: '{\n  "network": { "allowedDomains": ["api.sandbox.paypal.com", "api.paypal.com"] },\n  "credentials": {\n    "envVars": [{ "name": "PAYPAL_TOKEN", "mode": "mask", "injectHosts": ["api.sandbox.paypal.com"] }]\n  }\n}\n',
    },
    {
      name: 'a production inject host, and a production-named secret sent to a shared host (the last host is not removed)',
      text: '{\n  "network": { "allowedDomains": ["api.sandbox.paypal.com"] },\n  "credentials": {\n    "files": [{ "path": "~/.paypal", "mode": "mask", "injectHosts": ["api.sandbox.paypal.com", "api.paypal.com"] }],\n    "envVars": [{ "name": "PROD_STRIPE_KEY", "mode": "mask", "injectHosts": ["api.stripe.com"] }]\n  }\n}\n',
      errors: [
        { range: [4, 97, 4, 111], severity: 'error', message: 'Masked secret `~/.paypal` is injected into requests to `api.paypal.com`, a production host of PayPal: the proxy swaps its real value in on the way there, so the mask does not keep it from that host. List only staging hosts in `injectHosts`.', fixes: ['Stop injecting ~/.paypal into api.paypal.com'] },
        { range: [5, 79, 5, 93], severity: 'error', message: 'Masked secret `PROD_STRIPE_KEY` is injected into requests to `api.stripe.com`, a host serving test and live mode of Stripe: the proxy swaps its real value in on the way there, so the mask does not keep it from that host. List only staging hosts in `injectHosts`.', fixes: [] },
      ],
      output: '{\n  "network": { "allowedDomains": ["api.sandbox.paypal.com"] },\n  "credentials": {\n    "files": [{ "path": "~/.paypal", "mode": "mask", "injectHosts": ["api.sandbox.paypal.com"] }],\n    "envVars": [{ "name": "PROD_STRIPE_KEY", "mode": "mask", "injectHosts": ["api.stripe.com"] }]\n  }\n}\n',
    },
  ],
});
