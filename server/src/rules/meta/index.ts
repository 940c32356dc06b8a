// Every rule's metadata (id, name, severity, kind, docs), without rule code: for suppressions, policy
// sanitising, hover, `sandbox-guard rules`, SARIF and the docs generator. Order: SG000, task, AGENTS.md, policy, Codex, SG900s.
import type { RuleMeta } from '../../core/types.js';
import { unreadableFile } from './unreadable-file.js';
import { invalidSuppression, unusedSuppression } from './suppressionRules.js';
import { yamlSyntaxMeta } from './task/yaml-syntax.js';
import { schemaMeta } from './task/schema.js';
import { productionHostMeta } from './task/production-host.js';
import { unverifiedHostMeta } from './task/unverified-host.js';
import { wildcardHostMeta } from './task/wildcard-host.js';
import { internalEndpointMeta } from './task/internal-endpoint.js';
import { nonBareHostMeta } from './task/non-bare-host.js';
import { duplicateHostMeta } from './task/duplicate-host.js';
import { secretInFileMeta } from './task/secret-in-file.js';
import { liveKeyMeta } from './task/live-key.js';
import { credentialSourceMeta } from './task/credential-source.js';
import { credentialScopeMeta } from './task/credential-scope.js';
import { credentialPermissionsMeta } from './task/credential-permissions.js';
import { productionCredentialNameMeta } from './task/production-credential-name.js';
import { missingRateLimitMeta } from './task/missing-rate-limit.js';
import { sandboxLabelMeta } from './task/sandbox-label.js';
import { credentialHostNotAllowlistedMeta } from './task/credential-host-not-allowlisted.js';
import { productionEnvEndpointMeta } from './task/production-env-endpoint.js';
import { envHostNotAllowlistedMeta } from './task/env-host-not-allowlisted.js';
import { writeMethodsMeta } from './task/write-methods.js';
import { agentsMissingForConfigMeta } from './task/agents-missing-for-config.js';
import { agentsForbiddenHostAllowlistedMeta } from './task/agents-forbidden-host-allowlisted.js';
import { agentsRulesSectionMeta } from './agents/agents-rules-section.js';
import { agentsNoProductionRuleMeta } from './agents/agents-no-production-rule.js';
import { agentsStagingKeysRuleMeta } from './agents/agents-staging-keys-rule.js';
import { agentsErrorHandlingRuleMeta } from './agents/agents-error-handling-rule.js';
import { agentsAuditLoggingRuleMeta } from './agents/agents-audit-logging-rule.js';
import { agentsWeakWordingMeta } from './agents/agents-weak-wording.js';
import { agentsProductionHostMeta } from './agents/agents-production-host.js';
import { agentsContradictionMeta } from './agents/agents-contradiction.js';
import { agentsSecretMeta } from './agents/agents-secret.js';
import { agentsHostNotAllowlistedMeta } from './agents/agents-host-not-allowlisted.js';
import { agentsPartialCheckMeta } from './agents/agents-partial-check.js';
import { policyInvalidMeta } from './policy/policy-invalid.js';
import { policyUnknownRuleMeta } from './policy/unknown-rule.js';
import { policyStagingHostIsProductionMeta } from './policy/staging-host-is-production.js';
import { policyInvalidGlobMeta } from './policy/invalid-glob.js';
import { policyDisablesCheckingMeta } from './policy/disables-checking.js';
import { settingsSyntaxMeta } from './settings/settings-syntax.js';
import { copilotProductionSecretMeta } from './copilot/copilot-production-secret.js';
import { copilotRunProductionUrlMeta } from './copilot/copilot-run-production-url.js';
import { copilotSelfHostedRunnerMeta } from './copilot/copilot-self-hosted-runner.js';
import { copilotBroadPermissionsMeta } from './copilot/copilot-broad-permissions.js';
import { copilotSetupJobMissingMeta } from './copilot/copilot-setup-job-missing.js';
import { copilotFirewallDisabledMeta } from './copilot/copilot-firewall-disabled.js';
import { claudeSandboxDisabledMeta } from './claude/claude-sandbox-disabled.js';
import { claudeUnsandboxedCommandsMeta } from './claude/claude-unsandboxed-commands.js';
import { claudeExcludedCommandsMeta } from './claude/claude-excluded-commands.js';
import { claudeAllUnixSocketsMeta } from './claude/claude-all-unix-sockets.js';
import { claudeWeakerNetworkIsolationMeta } from './claude/claude-weaker-network-isolation.js';
import { claudeSandboxFallbackMeta } from './claude/claude-sandbox-fallback.js';
import { claudeWebfetchAnyDomainMeta } from './claude/claude-webfetch-any-domain.js';
import { claudeProductionEnvNotDeniedMeta } from './claude/claude-production-env-not-denied.js';
import { srtMaskInjectHostMeta } from './srt/srt-mask-inject-host.js';
import { codexFullAccessMeta } from './codex/codex-full-access.js';
import { codexNetworkAccessMeta } from './codex/codex-network-access.js';
import { codexAllowlistNotEnforcedMeta } from './codex/codex-allowlist-not-enforced.js';
import { codexProfilesIgnoredMeta } from './codex/codex-profiles-ignored.js';
import { codexWriteMethodsMeta } from './codex/codex-write-methods.js';
import { codexEnvInheritMeta } from './codex/codex-env-inherit.js';
import { codexProductionEnvVarMeta } from './codex/codex-production-env-var.js';
import { codexNeverApproveMeta } from './codex/codex-never-approve.js';
import { codexDottedHostKeyMeta } from './codex/codex-dotted-host-key.js';

export const taskRuleMetas: RuleMeta[] = [
  yamlSyntaxMeta,
  schemaMeta,
  productionHostMeta,
  unverifiedHostMeta,
  wildcardHostMeta,
  internalEndpointMeta,
  nonBareHostMeta,
  duplicateHostMeta,
  secretInFileMeta,
  liveKeyMeta,
  credentialSourceMeta,
  credentialScopeMeta,
  credentialPermissionsMeta,
  productionCredentialNameMeta,
  missingRateLimitMeta,
  sandboxLabelMeta,
  credentialHostNotAllowlistedMeta,
  productionEnvEndpointMeta,
  envHostNotAllowlistedMeta,
  writeMethodsMeta,
  agentsMissingForConfigMeta,
  agentsForbiddenHostAllowlistedMeta,
];

export const agentsRuleMetas: RuleMeta[] = [
  agentsRulesSectionMeta,
  agentsNoProductionRuleMeta,
  agentsStagingKeysRuleMeta,
  agentsErrorHandlingRuleMeta,
  agentsAuditLoggingRuleMeta,
  agentsWeakWordingMeta,
  agentsProductionHostMeta,
  agentsContradictionMeta,
  agentsSecretMeta,
  agentsHostNotAllowlistedMeta,
  agentsPartialCheckMeta,
];

export const policyRuleMetas: RuleMeta[] = [
  policyInvalidMeta,
  policyUnknownRuleMeta,
  policyStagingHostIsProductionMeta,
  policyInvalidGlobMeta,
  policyDisablesCheckingMeta,
];

/** Rules of the agent-settings formats that are not task rules too (those carry `alsoKinds`). */
export const settingsRuleMetas: RuleMeta[] = [settingsSyntaxMeta];

/** Claude Code's own rules (SG6xx). */
export const claudeRuleMetas: RuleMeta[] = [
  claudeSandboxDisabledMeta,
  claudeUnsandboxedCommandsMeta,
  claudeExcludedCommandsMeta,
  claudeAllUnixSocketsMeta,
  claudeWeakerNetworkIsolationMeta,
  claudeSandboxFallbackMeta,
  claudeWebfetchAnyDomainMeta,
  claudeProductionEnvNotDeniedMeta,
];

/** sandbox-runtime's own rules (SG6xx). */
export const srtRuleMetas: RuleMeta[] = [
  srtMaskInjectHostMeta,
];

/** Codex's own rules (SG622-SG630). */
export const codexRuleMetas: RuleMeta[] = [
  codexFullAccessMeta,
  codexNetworkAccessMeta,
  codexAllowlistNotEnforcedMeta,
  codexProfilesIgnoredMeta,
  codexWriteMethodsMeta,
  codexEnvInheritMeta,
  codexProductionEnvVarMeta,
  codexNeverApproveMeta,
  codexDottedHostKeyMeta,
];

/** Copilot setup steps' own rules (SG641–SG659). */
export const copilotRuleMetas: RuleMeta[] = [
  copilotProductionSecretMeta,
  copilotRunProductionUrlMeta,
  copilotSelfHostedRunnerMeta,
  copilotBroadPermissionsMeta,
  copilotSetupJobMissingMeta,
  copilotFirewallDisabledMeta,
];

const ALL: RuleMeta[] = [unreadableFile, ...settingsRuleMetas, ...taskRuleMetas, ...agentsRuleMetas, ...policyRuleMetas, ...claudeRuleMetas, ...srtRuleMetas, ...copilotRuleMetas, ...codexRuleMetas, invalidSuppression, unusedSuppression];

export function allRuleMetas(): RuleMeta[] {
  return [...ALL];
}

export function findRule(idOrName: string): RuleMeta | undefined {
  const key = idOrName.toLowerCase();
  return ALL.find((r) => r.id.toLowerCase() === key || r.name === key);
}
