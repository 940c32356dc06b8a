// Realistic Codex configs shared by the Codex tests.
export const CONFIG = '/w/.codex/config.toml';
export const REQUIREMENTS = '/w/.codex/requirements.toml';

/** A staging-only project config that every rule passes. */
export const GOOD = `# Codex: staging only (reviewed by the platform team)
default_permissions = "staging"

[features]
network_proxy = true

[permissions.staging.network]
enabled = true
mode = "limited"

[permissions.staging.network.domains]
"api.staging.example.com" = "allow"   # contract tests
"**.prod.example.com" = "deny"

[shell_environment_policy]
inherit = "core"
ignore_default_excludes = false
`;

/** The same with the legacy sandbox keys instead of a permission profile. */
export const GOOD_LEGACY = `approval_policy = "on-request"
sandbox_mode = "workspace-write"

[sandbox_workspace_write]
network_access = false

[shell_environment_policy]
ignore_default_excludes = false
`;
