// The Codex rules (SG003, SG622-SG630) through the one rule tester: realistic .codex/config.toml and requirements.toml
// files, valid and invalid, with exact ranges and messages; every fix is applied and re-checked.
import { ruleTester, type InvalidRow, type ValidRow } from '../helpers/ruleTester.js';
import { CONFIG, GOOD, GOOD_LEGACY, REQUIREMENTS } from './fixtures.js';


ruleTester('SG003', {
  options: { path: CONFIG },
  valid: [
    { name: 'the staging-only config', text: GOOD },
    { name: 'the legacy config', text: GOOD_LEGACY },
    { name: 'a TOML 1.1 inline table over two lines', text: "[permissions.ci.network]\ndomains = { \"api.staging.example.com\" = \"allow\",\n  \"**.prod.example.com\" = \"deny\" }\n" },
    { name: 'an empty file', text: "" },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "dup table",
      text: "[permissions.ci.network]\nmode = \"limited\"\n\n[permissions.ci.network]\nenabled = true\n",
      errors: [
        { range: [4, 17, 4, 24], severity: 'error', message: "A key or table is defined twice, which TOML forbids: Codex refuses the whole file, so none of its settings apply. Remove or merge the duplicate." },
      ],
      output: null,
    },
    {
      name: "dup key",
      text: "sandbox_mode = \"read-only\"\nsandbox_mode = \"danger-full-access\"\n",
      errors: [
        { range: [2, 1, 2, 13], severity: 'error', message: "A key or table is defined twice, which TOML forbids: Codex refuses the whole file, so none of its settings apply. Remove or merge the duplicate." },
      ],
      output: null,
    },
    {
      name: "unterminated",
      text: "approval_policy = \"never\n",
      errors: [
        { range: [1, 24, 1, 25], severity: 'error', message: "Unterminated string constant: Codex refuses a config that is not valid TOML." },
      ],
      output: null,
    },
    {
      name: "missing value",
      text: "[features]\nnetwork_proxy =\n",
      errors: [
        { range: [2, 15, 2, 16], severity: 'error', message: "Unspecified values are invalid: Codex refuses a config that is not valid TOML." },
      ],
      output: null,
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG622', {
  options: { path: CONFIG },
  valid: [
    { name: 'workspace-write', text: GOOD_LEGACY },
    { name: 'danger-full-access only in a comment', text: "# sandbox_mode = \"danger-full-access\"\nsandbox_mode = \"read-only\"\n" },
    { name: 'a profile named after it, not selecting it', text: "default_permissions = \":workspace\"\n[profiles.danger-full-access]\nmodel = \"o3\"\n" },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "full",
      text: "# local only\nsandbox_mode = \"danger-full-access\"  # TODO\n",
      errors: [
        { range: [2, 16, 2, 36], severity: 'error', message: "`sandbox_mode = \"danger-full-access\"` (the top level) runs every command without a sandbox: commands reach every host, production APIs included, and every file the user can read.", fixes: ["Use sandbox_mode = \"workspace-write\" (then allow the staging hosts commands need through the network proxy)"] },
      ],
      output: "# local only\nsandbox_mode = \"workspace-write\"  # TODO\n",
    },
    {
      name: "profile",
      text: "sandbox_mode = \"workspace-write\"\n\n[profiles.yolo]\nsandbox_mode = 'danger-full-access'\n",
      errors: [
        { range: [4, 16, 4, 36], severity: 'error', message: "`sandbox_mode = \"danger-full-access\"` (profile `yolo`) runs every command without a sandbox: commands reach every host, production APIs included, and every file the user can read.", fixes: ["Use sandbox_mode = \"workspace-write\" (then allow the staging hosts commands need through the network proxy)"] },
      ],
      output: "sandbox_mode = \"workspace-write\"\n\n[profiles.yolo]\nsandbox_mode = 'workspace-write'\n",
    },
    {
      name: "builtin",
      text: "default_permissions = \":danger-full-access\"\n",
      errors: [
        { range: [1, 23, 1, 44], severity: 'error', message: "`default_permissions = \":danger-full-access\"` (the top level) selects the built-in profile that removes the sandbox: commands reach every host, production APIs included, and every file the user can read.", fixes: ["Use default_permissions = \":workspace\" (then allow the staging hosts commands need in a permission profile)"] },
      ],
      output: "default_permissions = \":workspace\"\n",
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG623', {
  options: { path: CONFIG },
  valid: [
    { name: 'network off', text: GOOD_LEGACY },
    { name: 'network_access behind the proxy', text: "sandbox_mode = \"workspace-write\"\n\n[sandbox_workspace_write]\nnetwork_access = true\n\n[features.network_proxy]\nenabled = true\ndomains = { \"api.staging.example.com\" = \"allow\" }\n" },
    { name: 'read-only ignores network_access', text: "sandbox_mode = \"read-only\"\n[sandbox_workspace_write]\nnetwork_access = true\n" },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "access",
      text: "sandbox_mode = \"workspace-write\"\n\n[sandbox_workspace_write]\nnetwork_access = true\nwritable_roots = [\"/tmp/build\"]\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
      errors: [
        { range: [4, 18, 4, 22], severity: 'error', message: "`network_access = true` (the top level) lets sandboxed commands reach every host, production APIs included: no network proxy (`features.network_proxy`) limits it to an allowlist.", fixes: ["Set network_access = false (commands lose the network: allow the staging hosts they need through features.network_proxy)"] },
      ],
      output: "sandbox_mode = \"workspace-write\"\n\n[sandbox_workspace_write]\nnetwork_access = false\nwritable_roots = [\"/tmp/build\"]\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
    },
    {
      name: "inline",
      text: "sandbox_workspace_write = { network_access = true }\n",
      errors: [
        { range: [1, 46, 1, 50], severity: 'error', message: "`network_access = true` (the top level) lets sandboxed commands reach every host, production APIs included: no network proxy (`features.network_proxy`) limits it to an allowlist.", fixes: ["Set network_access = false (commands lose the network: allow the staging hosts they need through features.network_proxy)"] },
      ],
      output: "sandbox_workspace_write = { network_access = false }\n",
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG624', {
  options: { path: CONFIG },
  valid: [
    { name: 'features.network_proxy = true', text: GOOD },
    { name: 'features.network_proxy as a table, enabled', text: "[features.network_proxy]\nenabled = true\n\n[features.network_proxy.domains]\n\"api.staging.example.com\" = \"allow\"\n" },
    { name: 'older [network_proxy] enabled', text: "[network_proxy]\nenabled = true\n\n[network_proxy.policy]\nallowed_domains = [\"api.staging.example.com\"]\n" },
    { name: 'requirements with the proxy enabled', text: "[experimental_network]\nenabled = true\nallowed_domains = [\"api.staging.example.com\"]\n", options: { path: REQUIREMENTS } },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "enabled",
      text: "default_permissions = \"staging\"\n\n[permissions.staging.network]\nenabled = true\nmode = \"limited\"\n\n[permissions.staging.network.domains]\n\"api.staging.example.com\" = \"allow\"\n",
      errors: [
        { range: [7, 2, 7, 37], severity: 'error', message: "[permissions.staging.network.domains] has host rules, but nothing starts the network proxy that enforces them (`features.network_proxy = true` or an admin `[experimental_network]` requirement): with `network.enabled = true` commands reach every host directly, production APIs included.", fixes: ["Turn on features.network_proxy (the project must also be trusted, or .codex/config.toml is not loaded)"] },
      ],
      output: "default_permissions = \"staging\"\n\n[permissions.staging.network]\nenabled = true\nmode = \"limited\"\n\n[permissions.staging.network.domains]\n\"api.staging.example.com\" = \"allow\"\n\n[features]\nnetwork_proxy = true\n",
    },
    {
      name: "features exists",
      text: "default_permissions = \"staging\"\n\n[features]\nweb_search = true\n\n[permissions.staging.network]\nmode = \"limited\"\ndomains = { \"api.staging.example.com\" = \"allow\" }\n",
      errors: [
        { range: [8, 1, 8, 8], severity: 'warning', message: "[permissions.staging.network.domains] has host rules, but nothing starts the network proxy that enforces them (`features.network_proxy = true` or an admin `[experimental_network]` requirement): the rules restrict nothing.", fixes: ["Turn on features.network_proxy (the project must also be trusted, or .codex/config.toml is not loaded)"] },
      ],
      output: "default_permissions = \"staging\"\n\n[features]\nnetwork_proxy = true\nweb_search = true\n\n[permissions.staging.network]\nmode = \"limited\"\ndomains = { \"api.staging.example.com\" = \"allow\" }\n",
    },
    {
      name: "features off",
      text: "[features]\nnetwork_proxy = false\n\n[permissions.staging.network.domains]\n\"api.staging.example.com\" = \"allow\"\n",
      errors: [
        { range: [4, 2, 4, 37], severity: 'warning', message: "[permissions.staging.network.domains] has host rules, but nothing starts the network proxy that enforces them (`features.network_proxy = true` or an admin `[experimental_network]` requirement): the rules restrict nothing.", fixes: ["Turn on features.network_proxy (the project must also be trusted, or .codex/config.toml is not loaded)"] },
      ],
      output: "[features]\nnetwork_proxy = true\n\n[permissions.staging.network.domains]\n\"api.staging.example.com\" = \"allow\"\n",
    },
    {
      name: "features table",
      text: "[features.network_proxy]\nmode = \"limited\"\n\n[features.network_proxy.domains]\n\"api.staging.example.com\" = \"allow\"\n",
      errors: [
        { range: [4, 2, 4, 32], severity: 'warning', message: "[features.network_proxy.domains] has host rules, but `[features.network_proxy]` is not `enabled = true`: the proxy does not start, so the rules restrict nothing.", fixes: ["Turn on features.network_proxy (the project must also be trusted, or .codex/config.toml is not loaded)"] },
      ],
      output: "[features.network_proxy]\nenabled = true\nmode = \"limited\"\n\n[features.network_proxy.domains]\n\"api.staging.example.com\" = \"allow\"\n",
    },
    {
      name: "requirements",
      options: { path: REQUIREMENTS },
      text: "allowed_sandbox_modes = [\"read-only\", \"workspace-write\"]\n\n[experimental_network]\nallowed_domains = [\"api.staging.example.com\"]\n",
      errors: [
        { range: [4, 1, 4, 16], severity: 'warning', message: "`experimental_network.allowed_domains` has host rules, but `[experimental_network]` is not `enabled = true`: the requirement does not start the proxy, so the rules restrict nothing.", fixes: ["Set enabled = true in [experimental_network] (the requirement applies only once the admin deploys this requirements.toml)"] },
      ],
      output: "allowed_sandbox_modes = [\"read-only\", \"workspace-write\"]\n\n[experimental_network]\nenabled = true\nallowed_domains = [\"api.staging.example.com\"]\n",
    },
    {
      name: "requirements: one finding for both lists",
      options: { path: REQUIREMENTS },
      text: "[experimental_network]\nallowed_domains = [\"api.staging.example.com\"]\ndenied_domains = [\"**.prod.example.com\"]\n",
      errors: [
        { range: [2, 1, 2, 16], severity: 'warning', message: "`experimental_network.allowed_domains` has host rules, but `[experimental_network]` is not `enabled = true`: the requirement does not start the proxy, so the rules restrict nothing.", fixes: ["Set enabled = true in [experimental_network] (the requirement applies only once the admin deploys this requirements.toml)"] },
      ],
      output: "[experimental_network]\nenabled = true\nallowed_domains = [\"api.staging.example.com\"]\ndenied_domains = [\"**.prod.example.com\"]\n",
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG625', {
  options: { path: CONFIG },
  valid: [
    { name: 'profiles only', text: GOOD },
    { name: 'legacy keys only', text: GOOD_LEGACY },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "both",
      text: "sandbox_mode = \"workspace-write\"   # old\ndefault_permissions = \"staging\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.staging.network]\nmode = \"limited\"\n",
      errors: [
        { range: [1, 1, 1, 13], severity: 'warning', message: "`sandbox_mode` (the top level) is set while this file uses permission profiles (`default_permissions`): Codex then uses the legacy sandbox and ignores the profiles — their domain rules, limited mode and filesystem rules do not apply.", fixes: ["Remove sandbox_mode (also remove it from the other config layers and drop --sandbox from launch scripts)"] },
      ],
      output: "default_permissions = \"staging\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.staging.network]\nmode = \"limited\"\n",
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG626', {
  options: { path: CONFIG },
  valid: [
    { name: 'limited mode', text: GOOD },
    { name: 'full mode with staging and dependency hosts only', text: "[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"full\"\n\n[permissions.ci.network.domains]\n\"api.staging.example.com\" = \"allow\"\n\"registry.npmjs.org\" = \"allow\"\n\"api-m.paypal.com\" = \"deny\"\n" },
    { name: 'deny wins: the production host is also covered by a ** deny', text: "[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"full\"\n\n[permissions.ci.network.domains]\n\"api-m.paypal.com\" = \"allow\"\n\"**.paypal.com\" = \"deny\"\n" },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "full",
      text: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nenabled = true\nmode = \"full\"\n\n[permissions.ci.network.domains]\n\"api-m.paypal.com\" = \"allow\"\n\"api.staging.example.com\" = \"allow\"\n",
      errors: [
        { range: [8, 8, 8, 14], severity: 'warning', message: "`mode = \"full\"` in [permissions.ci.network] lets POST, PUT, PATCH and DELETE through while [permissions.ci.network.domains] allows production or unverified hosts (`api-m.paypal.com`): one wrong call can change real data. Set `mode = \"limited\"`.", fixes: ["Set mode = \"limited\" (only GET, HEAD and OPTIONS get through)"] },
      ],
      output: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nenabled = true\nmode = \"limited\"\n\n[permissions.ci.network.domains]\n\"api-m.paypal.com\" = \"allow\"\n\"api.staging.example.com\" = \"allow\"\n",
    },
    {
      name: "unset",
      text: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nenabled = true\n\n[permissions.ci.network.domains]\n\"**.example.com\" = \"allow\"\n",
      errors: [
        { range: [6, 2, 6, 24], severity: 'warning', message: "No `mode` is set in [permissions.ci.network], so the mode is full: it lets POST, PUT, PATCH and DELETE through while [permissions.ci.network.domains] allows production or unverified hosts (`example.com`, `*.example.com`): one wrong call can change real data. Set `mode = \"limited\"`.", fixes: ["Add mode = \"limited\" to [permissions.ci.network] (only GET, HEAD and OPTIONS get through)"] },
      ],
      output: "default_permissions = \"ci\"\n\n[features]\nnetwork_proxy = true\n\n[permissions.ci.network]\nmode = \"limited\"\nenabled = true\n\n[permissions.ci.network.domains]\n\"**.example.com\" = \"allow\"\n",
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG627', {
  options: { path: CONFIG },
  valid: [
    { name: 'core inheritance', text: GOOD },
    { name: 'default excludes kept', text: GOOD_LEGACY },
    { name: 'include_only', text: "[shell_environment_policy]\ninclude_only = [\"PATH\", \"HOME\"]\n" },
    { name: 'exclude restores the three patterns', text: "[shell_environment_policy]\nexclude = [\"*key*\", \"*SECRET*\", \"*TOKEN*\"]\n" },
    { name: 'a config with no sandbox settings', text: "model = \"o3\"\n" },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "all",
      text: "[shell_environment_policy]\ninherit = \"all\"\nignore_default_excludes = true\n",
      errors: [
        { range: [3, 27, 3, 31], severity: 'warning', message: "Commands Codex runs get the whole environment: `inherit = \"all\"` and `ignore_default_excludes = true`, so variables named like *KEY*, *SECRET* or *TOKEN* — live API keys, cloud credentials — reach them.", fixes: ["Set ignore_default_excludes = false (give the agent the staging keys it needs through `set`)"] },
      ],
      output: "[shell_environment_policy]\ninherit = \"all\"\nignore_default_excludes = false\n",
    },
    {
      name: "absent",
      text: "sandbox_mode = \"workspace-write\"\n",
      errors: [
        { range: [1, 1, 1, 13], severity: 'warning', message: "Commands Codex runs get the whole environment: no `[shell_environment_policy]` is set, so `inherit` is `\"all\"` and `ignore_default_excludes` is not `false` (it defaults to `true`), so variables named like *KEY*, *SECRET* or *TOKEN* — live API keys, cloud credentials — reach them.", fixes: ["Set ignore_default_excludes = false (give the agent the staging keys it needs through `set`)"] },
      ],
      output: "sandbox_mode = \"workspace-write\"\n\n[shell_environment_policy]\nignore_default_excludes = false\n",
    },
    {
      name: "header",
      text: "[shell_environment_policy]\nexclude = [\"AWS_*\"]\n",
      errors: [
        { range: [1, 2, 1, 26], severity: 'warning', message: "Commands Codex runs get the whole environment: `inherit` defaults to `\"all\"` and `ignore_default_excludes` is not `false` (it defaults to `true`), so variables named like *KEY*, *SECRET* or *TOKEN* — live API keys, cloud credentials — reach them.", fixes: ["Set ignore_default_excludes = false (give the agent the staging keys it needs through `set`)"] },
      ],
      output: "[shell_environment_policy]\nignore_default_excludes = false\nexclude = [\"AWS_*\"]\n",
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG628', {
  options: { path: CONFIG },
  valid: [
    { name: 'staging variables', text: "[shell_environment_policy.set]\nSTAGING_API_KEY_REF = \"vault:secret/codex/staging\"\nPRODUCT_NAME = \"checkout\"\n" },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "set",
      text: "[shell_environment_policy]\nignore_default_excludes = false\nset = { PROD_DATABASE_URL = \"postgres://db.internal/app\", STAGING_API_URL = \"https://api.staging.example.com\" }\n",
      errors: [
        { range: [3, 9, 3, 26], severity: 'error', message: "`PROD_DATABASE_URL` in `shell_environment_policy.set` is named for production (PROD): every command Codex runs gets it. Give the agent a staging variable instead and keep production credentials out of its environment." },
      ],
      output: null,
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG629', {
  options: { path: CONFIG },
  valid: [
    { name: 'never with workspace-write and no network', text: "approval_policy = \"never\"\n" + GOOD_LEGACY.replace('approval_policy = "on-request"\n', '') },
    { name: 'never with network behind the proxy', text: "approval_policy = \"never\"\nsandbox_mode = \"workspace-write\"\n[sandbox_workspace_write]\nnetwork_access = true\n[features]\nnetwork_proxy = true\n" },
    { name: 'on-request with full access: reported by SG622 only', text: "approval_policy = \"on-request\"\nsandbox_mode = \"danger-full-access\"\n" },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "full",
      text: "approval_policy = \"never\"\nsandbox_mode = \"danger-full-access\"\n",
      errors: [
        { range: [1, 19, 1, 26], severity: 'error', message: "`approval_policy = \"never\"` (the top level) with no sandbox (danger-full-access): Codex runs every command unasked and unconfined — its own name for this is --dangerously-bypass-approvals-and-sandbox.", fixes: ["Use approval_policy = \"on-request\" (Codex then asks before commands that leave the sandbox)"] },
      ],
      output: "approval_policy = \"on-request\"\nsandbox_mode = \"danger-full-access\"\n",
    },
    {
      name: "network",
      text: "approval_policy = \"never\"\nsandbox_mode = \"workspace-write\"\n\n[sandbox_workspace_write]\nnetwork_access = true\n",
      errors: [
        { range: [1, 19, 1, 26], severity: 'warning', message: "`approval_policy = \"never\"` (the top level) with `network_access = true` and no network proxy: a command that reaches production is neither blocked nor shown to anyone first.", fixes: ["Use approval_policy = \"on-request\" (Codex then asks before commands that leave the sandbox)"] },
      ],
      output: "approval_policy = \"on-request\"\nsandbox_mode = \"workspace-write\"\n\n[sandbox_workspace_write]\nnetwork_access = true\n",
    },
    {
      name: "profile",
      text: "sandbox_mode = \"danger-full-access\"\n\n[profiles.auto]\napproval_policy = \"never\"\n",
      errors: [
        { range: [4, 19, 4, 26], severity: 'error', message: "`approval_policy = \"never\"` (profile `auto`) with no sandbox (danger-full-access): Codex runs every command unasked and unconfined — its own name for this is --dangerously-bypass-approvals-and-sandbox.", fixes: ["Use approval_policy = \"on-request\" (Codex then asks before commands that leave the sandbox)"] },
      ],
      output: "sandbox_mode = \"danger-full-access\"\n\n[profiles.auto]\napproval_policy = \"on-request\"\n",
    },
    {
      name: "a profile that inherits never is reported on its own sandbox_mode",
      text: "approval_policy = \"never\"\nsandbox_mode = \"read-only\"\n\n[profiles.lab]\nsandbox_mode = \"danger-full-access\"\n",
      errors: [
        { range: [5, 16, 5, 36], severity: 'error', message: "`approval_policy = \"never\"` (profile `lab`) with no sandbox (danger-full-access): Codex runs every command unasked and unconfined — its own name for this is --dangerously-bypass-approvals-and-sandbox.", fixes: ["Use approval_policy = \"on-request\" (Codex then asks before commands that leave the sandbox)"] },
      ],
      output: "approval_policy = \"on-request\"\nsandbox_mode = \"read-only\"\n\n[profiles.lab]\nsandbox_mode = \"danger-full-access\"\n",
    },
  ] satisfies InvalidRow[],
});

ruleTester('SG630', {
  options: { path: CONFIG },
  valid: [
    { name: 'quoted hosts', text: GOOD },
    { name: 'a one-label bare key', text: "[features]\nnetwork_proxy = true\n[permissions.ci.network.domains]\nlocalhost = \"deny\"\n" },
  ] satisfies ValidRow[],
  invalid: [
    {
      name: "dotted",
      text: "[features]\nnetwork_proxy = true\n\n[permissions.ci.network.domains]\napi.staging.example.com = \"allow\"\n",
      errors: [
        { range: [5, 1, 5, 24], severity: 'error', message: "`api.staging.example.com` in [permissions.ci.network.domains] is a bare dotted key: TOML reads it as nested tables, not as the host, and Codex cannot read the rule. Quote it: `\"api.staging.example.com\"`.", fixes: ["Quote the host: \"api.staging.example.com\""] },
      ],
      output: "[features]\nnetwork_proxy = true\n\n[permissions.ci.network.domains]\n\"api.staging.example.com\" = \"allow\"\n",
    },
  ] satisfies InvalidRow[],
});
