// The model every agent-settings format is read into (Claude Code and sandbox-runtime JSON, Codex TOML,
// Copilot setup steps YAML), so the staging-only rules that mean the same in each (a production host
// allowed, a public-suffix wildcard, a metadata endpoint, a literal or live secret) are written once,
// in rules/settings/, over this model. Format-specific rules (escape hatches, traps) read `get`.
import type { Span, TextEdit } from '../../core/types.js';

export type SettingsFormat = 'claude' | 'srt' | 'codex' | 'codex-requirements' | 'copilot';

/** A host pattern the agent's sandbox is told about: an `allowedDomains` entry, a Codex `domains` key, `WebFetch(domain:…)`. */
export interface SettingsHost {
  /** the pattern as written, without quotes (`*.stripe.com`, `api.paypal.com:443`) */
  text: string;
  /** span of `text` in the file (inside the quotes): findings sit here */
  span: Span;
  /** where it sits, as a user reads it: `sandbox.network.allowedDomains`, `[permissions.ci.network.domains]` */
  where: string;
  /** allowed or denied (deny entries are never production findings; they may be required) */
  effect: 'allow' | 'deny';
  /** format-preserving edits that put `host` in place of this entry (quotes, comments and layout kept) */
  replace(host: string): TextEdit[];
  /** format-preserving edits that remove the entry (array element with its comma, TOML key/value line, permission rule) */
  remove(): TextEdit[];
}

/** An environment variable the agent's commands get: Claude Code `env`, Codex `shell_environment_policy.set`, a step's `env`. */
export interface SettingsEnv {
  name: string;
  nameSpan: Span;
  /** the literal value; undefined when it is not a plain string (a number, a `${{ secrets.X }}` expression is still a string) */
  value?: string;
  valueSpan?: Span;
  where: string;
}

/** A parsed value with its location, for format-specific rules. */
export interface SettingsValue {
  value: unknown;
  /** span of the value (a string's span includes its quotes) */
  span: Span;
  /** span of the key that holds it; absent for array elements */
  keySpan?: Span;
}

/** A syntax error or a file that cannot be read as this format: one finding with a range (as SG001 for YAML). */
export interface SettingsProblem {
  message: string;
  span: Span;
}

export interface SettingsModel {
  format: SettingsFormat;
  hosts: SettingsHost[];
  env: SettingsEnv[];
  problems: SettingsProblem[];
  /** the value at a key path (`['sandbox', 'network', 'allowedDomains']`), undefined when absent */
  get(path: (string | number)[]): SettingsValue | undefined;
}
