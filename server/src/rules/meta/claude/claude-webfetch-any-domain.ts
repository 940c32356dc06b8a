import type { RuleMeta } from '../../../core/types.js';

export const claudeWebfetchAnyDomainMeta: RuleMeta = {
  id: 'SG607',
  name: 'claude-webfetch-any-domain',
  severity: 'error',
  kind: 'claude',
  docs: {
    summary: "`permissions.allow` allows the WebFetch tool for every domain (`WebFetch` without `(domain:\u2026)`).",
    why: "The WebFetch tool does not run in the Bash sandbox: an allow rule without a domain lets the agent fetch any URL, production APIs included, without a prompt, whatever `sandbox.network.allowedDomains` says.",
    fix: "Replace it with one `WebFetch(domain:<staging host>)` rule per host the agent needs.",
    bad: "{\n  \"permissions\": { \"allow\": [\"WebFetch\"] }\n}",
    good: "{\n  \"sandbox\": { \"enabled\": true, \"allowUnsandboxedCommands\": false, \"failIfUnavailable\": true },\n  \"permissions\": { \"allow\": [\"WebFetch(domain:docs.staging.example.com)\"] }\n}",
  },
};
