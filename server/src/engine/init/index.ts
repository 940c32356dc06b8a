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

export const INIT_TEMPLATES: Record<string, InitTemplate> = {
  claude: {
    path: '.claude/settings.json',
    kind: 'claude',
    text: claudeSettings,
    next: 'Add the staging hosts the agent needs to sandbox.network.allowedDomains, and deny production-named variables in sandbox.credentials.envVars. Claude Code\'s sandbox covers the Bash tool only: keep WebFetch and MCP tools to staging with permissions rules.',
  },
};
