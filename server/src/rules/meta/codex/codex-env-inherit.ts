import type { RuleMeta } from '../../../core/types.js';

export const codexEnvInheritMeta: RuleMeta = {
  id: 'SG627',
  name: 'codex-env-inherit',
  severity: 'warning',
  kind: 'codex',
  docs: {
    summary: 'Commands Codex runs inherit the whole environment with the default `*KEY*` / `*SECRET*` / `*TOKEN*` filter off: `[shell_environment_policy]` `inherit` is `"all"` (the default) and `ignore_default_excludes` is not `false` (it defaults to `true`).',
    why: 'Codex passes the shell environment to every command it runs. With `inherit = "all"` and `ignore_default_excludes = true` (the default in current builds), variables named like `*KEY*`, `*SECRET*` or `*TOKEN*` — a developer\'s live API keys, cloud credentials, deploy tokens — reach the agent\'s commands, which can then call production with them.',
    fix: 'Set `ignore_default_excludes = false` (or `inherit = "core"`, or an `include_only` list of the variables the work needs), and give the agent staging keys through `set` from a secrets manager.',
    bad: '[shell_environment_policy]\ninherit = "all"',
    good: '[shell_environment_policy]\ninherit = "all"\nignore_default_excludes = false',
  },
};
