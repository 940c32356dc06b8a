// JSON Schemas of the agent settings keys this checker reads (Claude Code, sandbox-runtime), for key
// completion and hover in the editor. Unknown keys are accepted everywhere: these products add keys often,
// and the products' own schemas (SchemaStore for Claude Code) validate structure.
import type { JsonSchema } from './schemaInfo.js';

const domains = (what: string): JsonSchema => ({ type: 'array', items: { type: 'string' }, description: what });
const credentialEntry = (modes: string[], extra: Record<string, JsonSchema> = {}): JsonSchema => ({
  type: 'object',
  additionalProperties: true,
  properties: {
    name: { type: 'string', description: 'The environment variable.' },
    path: { type: 'string', description: 'The file.' },
    mode: { enum: modes, description: modes.includes('mask') ? '`deny`: the command never sees it. `mask`: the command sees a sentinel; the proxy puts the real value into requests to `injectHosts`.' : '`deny`: sandboxed commands never see it (Claude Code itself and its other tools still do).' },
    ...extra,
  },
});

export const CLAUDE_SETTINGS_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    env: { type: 'object', additionalProperties: { type: 'string' }, description: 'Environment variables for every command the agent runs. Never a literal secret (SG201, SG202); production-named ones must be denied to sandboxed commands (SG608).' },
    permissions: {
      type: 'object',
      additionalProperties: true,
      properties: {
        allow: { type: 'array', items: { type: 'string' }, description: 'Tool rules allowed without asking. `WebFetch(domain:host)` rules are added to the sandbox\'s allowed domains (SG101–SG104); `WebFetch` without a domain allows every domain (SG607).' },
        deny: { type: 'array', items: { type: 'string' }, description: 'Tool rules that are refused; `WebFetch(domain:host)` keeps the WebFetch tool off a host.' },
        ask: { type: 'array', items: { type: 'string' }, description: 'Tool rules that always ask.' },
      },
    },
    apiKeyHelper: { type: 'string', description: 'A script that prints the API key: keeps the key out of the settings file.' },
    sandbox: {
      type: 'object',
      additionalProperties: true,
      description: 'The Bash tool\'s sandbox (it covers the Bash tool only).',
      properties: {
        enabled: { type: 'boolean', description: 'Runs Bash commands in the sandbox. Off by default (SG601).' },
        allowUnsandboxedCommands: { type: 'boolean', description: 'Lets the model re-run a blocked command outside the sandbox. **Defaults to true**: set it to false (SG602).' },
        failIfUnavailable: { type: 'boolean', description: 'Stops instead of running commands unsandboxed where the sandbox cannot start (SG606).' },
        autoAllowBashIfSandboxed: { type: 'boolean', description: 'Runs sandboxed Bash commands without asking (defaults to true).' },
        excludedCommands: { type: 'array', items: { type: 'string' }, description: 'Commands that always run outside the sandbox (SG603).' },
        enableWeakerNetworkIsolation: { type: 'boolean', description: 'Lowers the network isolation for tools that need system network services (SG605).' },
        network: {
          type: 'object',
          additionalProperties: true,
          properties: {
            allowedDomains: domains('Hosts sandboxed commands may reach: staging hosts only (SG101–SG104). `*.example.com` matches subdomains.'),
            deniedDomains: domains('Hosts sandboxed commands may never reach; honoured from every settings scope and wins over an allow.'),
            allowManagedDomainsOnly: { type: 'boolean', description: 'In managed settings: block hosts not listed instead of asking.' },
            allowUnixSockets: { type: 'array', items: { type: 'string' }, description: 'Unix sockets sandboxed commands may use.' },
            allowAllUnixSockets: { type: 'boolean', description: 'Every Unix socket, the Docker socket included (SG604).' },
            allowLocalBinding: { type: 'boolean', description: 'Lets sandboxed commands listen on local ports.' },
            httpProxyPort: { type: 'number', description: 'Port of a custom HTTP proxy.' },
            socksProxyPort: { type: 'number', description: 'Port of a custom SOCKS proxy.' },
          },
        },
        credentials: {
          type: 'object',
          additionalProperties: true,
          properties: {
            envVars: { type: 'array', items: credentialEntry(['deny']), description: 'Environment variables kept from sandboxed commands (`{ "name": …, "mode": "deny" }`).' },
            files: { type: 'array', items: credentialEntry(['deny']), description: 'Files kept from sandboxed commands (`{ "path": …, "mode": "deny" }`).' },
          },
        },
      },
    },
  },
};

const inject: Record<string, JsonSchema> = {
  injectHosts: domains('Where a masked secret\'s real value is sent. **Defaults to every allowed domain**: list staging hosts only (SG609).'),
  extract: { type: 'string', description: 'How to read the secret out of a file.' },
};

export const SRT_SETTINGS_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    network: {
      type: 'object',
      additionalProperties: true,
      properties: {
        allowedDomains: domains('Required. Hosts commands may reach (`*.example.com`, optional `:port`): staging hosts only (SG101–SG104).'),
        deniedDomains: domains('Hosts commands may never reach; wins over an allow.'),
        strictAllowlist: { type: 'boolean', description: 'Refuse hosts that are not listed.' },
        mitmProxy: { type: 'object', additionalProperties: true, description: 'A TLS-terminating proxy (`socketPath`, `domains`).' },
      },
    },
    filesystem: {
      type: 'object',
      additionalProperties: true,
      properties: {
        denyRead: { type: 'array', items: { type: 'string' }, description: 'Paths commands may not read.' },
        allowRead: { type: 'array', items: { type: 'string' }, description: 'Paths commands may read.' },
        allowWrite: { type: 'array', items: { type: 'string' }, description: 'Paths commands may write.' },
        denyWrite: { type: 'array', items: { type: 'string' }, description: 'Paths commands may not write.' },
      },
    },
    credentials: {
      type: 'object',
      additionalProperties: true,
      properties: {
        envVars: { type: 'array', items: credentialEntry(['deny', 'mask'], inject), description: 'Environment variables denied or masked.' },
        files: { type: 'array', items: credentialEntry(['deny', 'mask'], inject), description: 'Files denied or masked.' },
      },
    },
  },
};
