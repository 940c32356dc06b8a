// Where the legacy sandbox keys can be set: the top level and each `[profiles.<name>]` (a profile's key
// wins over the top level's while that profile is selected).
import type { CodexModel, TomlEntry } from './model.js';

export interface CodexScope {
  /** `[]` for the top level, `['profiles', name]` for a profile */
  prefix: string[];
  /** "the top level" or "profile `ci`" */
  label: string;
}

export function scopesOf(model: CodexModel): CodexScope[] {
  return [{ prefix: [], label: 'the top level' }, ...model.profiles.map((p) => ({ prefix: ['profiles', p], label: `profile \`${p}\`` }))];
}

/** The entry a scope sees for a key: its own, else the top level's (inherited). */
export function effective(model: CodexModel, scope: CodexScope, path: string[]): { entry: TomlEntry; own: boolean } | undefined {
  const own = model.entry([...scope.prefix, ...path]);
  if (own) return { entry: own, own: true };
  const top = scope.prefix.length ? model.entry(path) : undefined;
  return top ? { entry: top, own: false } : undefined;
}

/** The string value of an entry, or undefined. */
export function stringOf(e: TomlEntry | undefined): string | undefined {
  return e && e.node.type === 'TOMLValue' && e.node.kind === 'string' ? e.node.value : undefined;
}

/** The boolean value of an entry, or undefined. */
export function boolOf(e: TomlEntry | undefined): boolean | undefined {
  return e && e.node.type === 'TOMLValue' && e.node.kind === 'boolean' ? e.node.value : undefined;
}

/** Whether the network proxy that enforces domain rules is turned on in this file. */
export function proxyEnabled(model: CodexModel): boolean {
  const feature = model.entry(['features', 'network_proxy']);
  if (boolOf(feature) === true) return true;
  if (boolOf(model.entry(['features', 'network_proxy', 'enabled'])) === true) return true;
  // older builds: `[network_proxy] enabled = true`
  if (boolOf(model.entry(['network_proxy', 'enabled'])) === true) return true;
  // an admin requirement turns it on only when enabled (requirements.toml)
  return model.format === 'codex-requirements' && boolOf(model.entry(['experimental_network', 'enabled'])) === true;
}
