import type { RuleMeta } from '../../../core/types.js';

export const claudeProductionEnvNotDeniedMeta: RuleMeta = {
  id: 'SG608',
  name: 'claude-production-env-not-denied',
  severity: 'error',
  kind: 'claude',
  docs: {
    summary: "A variable named for production (`PROD_\u2026`, `\u2026_LIVE_\u2026`) is set in `env` and not denied to sandboxed commands in `sandbox.credentials.envVars`.",
    why: "Variables in `env` reach every command the agent runs: a production-named one is a production credential or endpoint handed to an agent that should only touch staging.",
    fix: "Give the agent the staging variable instead (rename it and point it at staging). Denying it with `{ \"name\": \u2026, \"mode\": \"deny\" }` in `sandbox.credentials.envVars` (the quick fix) keeps it from sandboxed Bash commands only: Claude Code itself and its other tools still have it.",
    bad: "{\n  \"env\": { \"PROD_DATABASE_URL\": \"postgres://db.internal/app\" }\n}",
    good: "{\n  \"sandbox\": { \"enabled\": true, \"allowUnsandboxedCommands\": false, \"failIfUnavailable\": true },\n  \"env\": { \"STAGING_DATABASE_URL\": \"postgres://db.staging.internal/app\" }\n}",
  },
};
