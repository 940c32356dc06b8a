// Editor support for Codex TOML, read from the text around the cursor (the file may not parse while being
// typed): where a host is being written (a new key of a domains table, an element of a host list), and what
// a key means (hover).
import type { Span } from '../../core/types.js';
import { buildCodexModel } from './model.js';

export interface HostSlot {
  /** a new key of a `domains` table (`"host" = "allow"`) or an element of a host list */
  kind: 'domain-key' | 'list-item';
  /** the text already typed, from here to the cursor, is replaced */
  start: number;
  /** the cursor is inside an opening quote (then only the host is inserted) */
  quoted: boolean;
}

/** `[permissions.ci.network.domains]` -> permissions, ci, network, domains (quoted parts unquoted); a linear scan. */
function headerPath(line: string): string[] | undefined {
  const t = line.trimStart();
  if (t[0] !== '[' || t[1] === '[') return undefined;
  const parts: string[] = [];
  let cur = '';
  for (let i = 1; i < t.length; i++) {
    const c = t[i];
    if (c === '"' || c === "'") {
      const close = t.indexOf(c, i + 1);
      if (close < 0) return undefined;
      cur += t.slice(i + 1, close);
      i = close;
    } else if (c === '.') {
      parts.push(cur.trim());
      cur = '';
    } else if (c === ']') {
      parts.push(cur.trim());
      const rest = t.slice(i + 1).trim();
      return rest === '' || rest.startsWith('#') ? parts : undefined;
    } else cur += c;
  }
  return undefined;
}

const DOMAIN_TABLE = (p: string[]) =>
  (p.length === 4 && p[0] === 'permissions' && p[2] === 'network' && p[3] === 'domains') ||
  (p.length === 3 && p[0] === 'features' && p[1] === 'network_proxy' && p[2] === 'domains') ||
  (p.length === 2 && p[0] === 'experimental_network' && p[1] === 'domains');
// redos: fixed alternatives and two single-class \s* runs separated by `=`: linear
const LIST_OPEN = /\b(?:allowed_domains|denied_domains)[ \t]*=[ \t]*\[/g;

/** Inside the array opened at `open` at `offset`: where the element being typed starts, and whether it is quoted. */
function listStateAt(text: string, open: number, offset: number): { start: number; quoted: boolean } | undefined {
  let depth = 0;
  let quote: string | undefined;
  let quoteAt = -1;
  let itemStart = open + 1;
  for (let i = open; i < offset; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\n') return undefined;
      continue;
    }
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      if (nl < 0 || nl >= offset) return undefined;
      i = nl;
    } else if (c === '"' || c === "'") {
      quote = c;
      quoteAt = i;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return undefined;
    else if (c === ',' || /\s/.test(c)) itemStart = i + 1;
  }
  if (depth !== 1) return undefined;
  if (quote) return { start: quoteAt + 1, quoted: true };
  return /^[A-Za-z0-9.*:-]*$/.test(text.slice(itemStart, offset)) ? { start: itemStart, quoted: false } : undefined;
}
const MAX_SCAN = 20_000;

/** Where a host is being typed at `offset`, or undefined. */
export function hostSlotAt(text: string, offset: number): HostSlot | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  // an element of a host list: the last `allowed_domains = [` before the cursor, still open at the cursor
  const from = Math.max(0, offset - MAX_SCAN);
  let open = -1;
  for (const m of text.slice(from, offset).matchAll(LIST_OPEN)) open = from + m.index! + m[0].length - 1;
  if (open >= 0) {
    const list = listStateAt(text, open, offset);
    if (list) return { kind: 'list-item', start: list.start, quoted: list.quoted };
  }
  // a new key of a domains table: the line so far is only the key being typed
  const key = /^\s*(["']?)([A-Za-z0-9.*:-]*)$/.exec(before);
  if (!key) {
    // an inline table: `domains = { "a" = "allow", ` then the key
    const brace = before.lastIndexOf('{');
    if (brace < 0 || before.indexOf('}', brace) >= 0) return undefined;
    const head = before.slice(0, brace).trimEnd();
    const name = head.endsWith('=') ? head.slice(0, -1).trimEnd() : '';
    if (!name.endsWith('domains') || !/^$|[\s.]$/.test(name.slice(0, -'domains'.length))) return undefined;
    const tail = before.slice(Math.max(brace, before.lastIndexOf(',')) + 1);
    const item = /^\s*(["']?)([A-Za-z0-9.*:-]*)$/.exec(tail);
    return item ? { kind: 'domain-key', start: offset - item[2].length, quoted: item[1] !== '' } : undefined;
  }
  for (let l = lineStart - 1, n = 0; l > 0 && n < 2000; n++) {
    const s = text.lastIndexOf('\n', l - 1) + 1;
    const path = headerPath(text.slice(s, l));
    if (path) return DOMAIN_TABLE(path) ? { kind: 'domain-key', start: offset - key[2].length, quoted: key[1] !== '' } : undefined;
    l = s - 1;
  }
  return undefined;
}

/** The text a host completion inserts at a slot. */
export function hostInsertText(slot: HostSlot, host: string): string {
  if (slot.quoted) return host;
  return slot.kind === 'domain-key' ? `"${host}" = "allow"` : `"${host}"`;
}

/** What a Codex key means, for hover: the sandbox-relevant keys only. */
export const CODEX_KEY_DOCS: Record<string, string> = {
  sandbox_mode: '`read-only` | `workspace-write` | `danger-full-access`. The legacy sandbox; when it is set in any loaded layer, Codex ignores `default_permissions` and `[permissions]`.',
  approval_policy: 'When Codex asks before running a command: `untrusted`, `on-request`, `never`. `never` with no sandbox is `--dangerously-bypass-approvals-and-sandbox`.',
  default_permissions: 'The permission profile Codex uses: a `[permissions.<name>]` of this file or a built-in (`:read-only`, `:workspace`, `:danger-full-access`).',
  network_access: '`[sandbox_workspace_write]`: one switch for all egress of sandboxed commands; no allowlist unless `features.network_proxy` is on.',
  network_proxy: '`[features]`: starts the proxy that enforces domain rules. Without it, `network.enabled = true` gives direct access to every host.',
  mode: 'Network mode: `limited` lets only GET, HEAD and OPTIONS through (others get 403 `blocked-by-method-policy`); `full` (the default) allows every method.',
  domains: 'Host pattern → `"allow"` or `"deny"` (deny wins). `*.x` matches subdomains only, `**.x` the domain and its subdomains. Quote hosts with dots.',
  inherit: '`[shell_environment_policy]`: which environment commands get: `all` (the default), `core` or `none`.',
  ignore_default_excludes: '`[shell_environment_policy]`: `true` (the default in current builds) lets variables named like `*KEY*`, `*SECRET*`, `*TOKEN*` reach commands; set it to `false`.',
  allowed_domains: 'Hosts the network proxy allows (requirements `[experimental_network]` or the older `[network_proxy.policy]`).',
  denied_domains: 'Hosts the network proxy refuses; deny wins over allow.',
  enabled: 'Turns the table it is in on: `[permissions.<name>.network]` lets commands use the network (it does not start the proxy); `[experimental_network]` / `[features.network_proxy]` start the proxy.',
};

/** Hover facts at an offset: the host under the cursor (a domains key or list element), or a known key's meaning. */
export function codexHoverAt(text: string, offset: number, path: string | undefined): { host?: string; key?: string; span?: Span } | undefined {
  const model = buildCodexModel(text, path);
  const host = model.hosts.find((h) => h.span.start <= offset && offset <= h.span.end);
  if (host) return { host: host.text, span: host.span };
  for (const e of model.entries.values()) {
    const k = e.kv.key.keys[e.kv.key.keys.length - 1];
    if (k.range[0] <= offset && offset <= k.range[1]) {
      const name = k.type === 'TOMLBare' ? k.name : k.value;
      return CODEX_KEY_DOCS[name] ? { key: name, span: { start: k.range[0], end: k.range[1] } } : undefined;
    }
  }
  return undefined;
}
