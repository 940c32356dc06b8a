import type { RuleMeta } from '../../../core/types.js';

export const tomlSyntaxMeta: RuleMeta = {
  id: 'SG621',
  name: 'toml-syntax',
  severity: 'error',
  kind: 'codex',
  docs: {
    summary: 'The Codex config is not valid TOML (syntax errors, a key or table defined twice, nesting deep enough to be hostile input).',
    why: 'Codex refuses a `config.toml` or `requirements.toml` it cannot parse, so none of its sandbox, network or environment settings apply — and what a reviewer reads is not what runs. The rest of the file is only checked once it parses.',
    fix: 'Correct the syntax at the reported position; define each key and each `[table]` once.',
    bad: '[permissions.staging.network]\nmode = "limited"\n\n[permissions.staging.network]\nenabled = true',
    good: '[permissions.staging.network]\nmode = "limited"\nenabled = true',
  },
};
