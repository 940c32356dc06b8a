// `sandbox-guard init --from <format>`: a staging-only starting point for the agent settings format a team
// uses, written from the team policy (its staging hosts allowed, its production hosts denied) so that it passes
// its own check. One template per format; a format adds its entry to TEMPLATES.
import type { Policy } from '../../core/policy.js';
import type { FileKind } from '../../core/types.js';

export interface InitTemplate {
  /** where it goes, relative to the project folder */
  path: string;
  kind: FileKind;
  text(policy: Policy): string;
  /** what the user still has to do, printed after writing */
  next: string;
}

/** The policy's staging hosts (the values of `stagingHosts`), sorted: allowed. */
const stagingHosts = (p: Policy) => [...new Set(Object.values(p.stagingHosts))].sort();
/** The policy's production hosts and patterns (and the keys of `stagingHosts`), sorted: denied. */
const productionHosts = (p: Policy) => [...new Set([...p.productionHosts, ...Object.keys(p.stagingHosts)])].sort();

function claudeSettings(policy: Policy): string {
  // strict JSON (no comments): Claude Code's settings must stay readable by any JSON parser
  const settings = {
    $schema: 'https://json.schemastore.org/claude-code-settings.json',
    sandbox: {
      enabled: true,
      allowUnsandboxedCommands: false,
      failIfUnavailable: true,
      network: { allowedDomains: stagingHosts(policy), deniedDomains: productionHosts(policy) },
      credentials: { envVars: [] as unknown[] },
    },
    permissions: { deny: productionHosts(policy).filter((h) => !h.includes('*')).map((h) => `WebFetch(domain:${h})`) },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** A host as a TOML key: always quoted (a bare dotted key would be nested tables). */
const tomlKey = (h: string) => JSON.stringify(h);

function codexConfig(policy: Policy): string {
  // the legacy sandbox with the proxy feature: documented, and enforced without a permission profile's filesystem rules
  const domains = [
    ...stagingHosts(policy).map((h) => `${tomlKey(h)} = "allow"`),
    ...productionHosts(policy).map((h) => `${tomlKey(h)} = "deny"`),
  ];
  return [
    '# Codex project config: staging only (written by `sandbox-guard init --from codex`).',
    '# Codex loads .codex/config.toml only for trusted projects; check it with `sandbox-guard check`.',
    'approval_policy = "on-request"',
    'sandbox_mode = "workspace-write"',
    '',
    '[sandbox_workspace_write]',
    'network_access = true   # through the proxy below: only the allowed hosts',
    '',
    '# the proxy that enforces the domain rules (without it they restrict nothing)',
    '[features.network_proxy]',
    'enabled = true',
    'mode = "limited"   # GET, HEAD and OPTIONS only',
    '',
    '[features.network_proxy.domains]',
    ...domains,
    '',
    '[shell_environment_policy]',
    'inherit = "core"',
    'ignore_default_excludes = false',
    '',
  ].join('\n');
}

export const INIT_TEMPLATES: Record<string, InitTemplate> = {
  claude: {
    path: '.claude/settings.json',
    kind: 'claude',
    text: claudeSettings,
    next: 'Add the staging hosts the agent needs to sandbox.network.allowedDomains, and deny production-named variables in sandbox.credentials.envVars. Claude Code\'s sandbox covers the Bash tool only: keep WebFetch and MCP tools to staging with permissions rules.',
  },
  codex: {
    path: '.codex/config.toml',
    kind: 'codex',
    text: codexConfig,
    next: 'Add the staging hosts the agent needs to [features.network_proxy.domains] as "host" = "allow", and trust the project in Codex (an untrusted project\'s .codex/config.toml is not loaded). Remove sandbox_mode from ~/.codex/config.toml if you move to permission profiles.',
  },
};
