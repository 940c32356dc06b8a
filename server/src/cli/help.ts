// `sandbox-guard --help`: the usage text (kept in sync with docs/cli.md by a test).
export const USAGE = `sandbox-guard — keeps AI coding agents' sandbox tasks on staging

Usage:
  sandbox-guard check [paths...] [options]   check task configs, agent settings and instructions, policy files
  sandbox-guard rules [--format json]        list the rules: ID, name, severity, summary, docs
  sandbox-guard checklist <config> [-o FILE] print a Markdown sandbox-key checklist for a config
  sandbox-guard init --from claude [folder]  write a staging-only .claude/settings.json to start from
  sandbox-guard init --from codex [folder]   write a staging-only .codex/config.toml to start from
  sandbox-guard --help | --version

check finds *.sandbox.yaml, *.sandbox.yml, sandbox.yaml, sandbox.yml, AGENTS.md,
AGENTS.override.md, CLAUDE.md, .github/copilot-instructions.md, .sandbox-guard.yaml,
.claude/settings.json, .claude/settings.local.json, managed-settings.json, .srt-settings.json,
.github/workflows/copilot-setup-steps.yml, .codex/config.toml and .codex/requirements.toml files
(plus the policy's \`files\` globs) under the given paths (default: the current folder), skipping
node_modules, .git and the policy's \`ignore\` globs. A file named explicitly is checked whatever its name.

Options for check:
  -f, --format <stylish|json|sarif>   output format (default: stylish)
  -o, --output <file>                 write the report to a file instead of stdout
      --fix                           apply safe fixes in place (re-checked after each pass)
      --fix-dry-run                   show what --fix would change; write nothing
  -q, --quiet                         report errors only
      --rule <id|name>=<off|info|warning|error>
                                      override a rule's severity (repeatable)
      --policy <file>                 use this policy file for every checked file
      --kind <kind>                   check the files named on the command line as this kind, whatever
                                      their names (task, agents, policy, claude, srt, codex, copilot)
      --max-warnings <n>              exit 1 when there are more than n warnings
      --report-suppressions           also list findings silenced by suppression comments
      --exit-zero                     exit 0 even when findings remain (not on usage errors)
      --color, --no-color             force or disable colors (default: on a terminal, unless NO_COLOR)

Exit codes:
  0  no finding at error severity (and --max-warnings not exceeded)
  1  a finding at error severity remains, or --max-warnings is exceeded
  2  usage error or internal error

Docs: https://github.com/sandbox-guard/sandbox-guard/blob/main/docs/cli.md
`;
