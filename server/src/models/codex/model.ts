// A Codex `config.toml` or `requirements.toml` read into the settings model: every key/value with its
// resolved path, the host patterns of the domain tables and lists (deny wins), `shell_environment_policy.set`,
// and what the Codex-specific rules read (profiles, dotted host keys, comments).
import { getStaticTOMLValue } from 'toml-eslint-parser';
import type { Span } from '../../core/types.js';
import { patternCovers, patternForms } from '../../hosts/hostname.js';
import type { SettingsEnv, SettingsHost, SettingsModel, SettingsProblem, SettingsValue } from '../settings/model.js';
import { parseToml, type AST } from './toml.js';
import { innerSpan, keyText, removeArrayElement, removeKeyValue, replaceNode, stringText } from './tomlEdits.js';

export type CodexFormat = 'codex' | 'codex-requirements';

/** A key/value pair with its full path (table header + dotted key). */
export interface TomlEntry {
  path: string[];
  kv: AST.TOMLKeyValue;
  /** the value node */
  node: AST.TOMLContentNode;
}

/** A host written as a bare dotted key in a domains table: TOML reads `api.example.com = "allow"` as nested tables. */
export interface DottedHostKey {
  host: string;
  span: Span;
  /** the key segments that form the host, when all are in this pair's key (then quoting them is an edit) */
  keys?: (AST.TOMLBare | AST.TOMLQuoted)[];
  where: string;
}

/** A table of host rules (`[permissions.ci.network.domains]`) or a host list, with where to report on it. */
export interface DomainTable {
  /** the table's or list's path */
  path: string[];
  /** the header key, the `domains` key of an inline table or dotted key, or the list's key */
  span: Span;
  where: string;
}

export interface CodexModel extends SettingsModel {
  /** every table of host rules and every host list that has an entry, in file order */
  domainTables: DomainTable[];
  format: CodexFormat;
  ast?: AST.TOMLProgram;
  /** every key/value pair by its joined path */
  entries: Map<string, TomlEntry>;
  /** table headers (`[a.b]`) by their joined path: where a fix inserts a key */
  headers: Map<string, AST.TOMLTable>;
  dottedHostKeys: DottedHostKey[];
  /** names of `[profiles.<name>]` and `[permissions.<name>]` */
  profiles: string[];
  permissionProfiles: string[];
  /** the entry at a path, or undefined */
  entry(path: string[]): TomlEntry | undefined;
}

const SEP = '\u0000';
export const joinPath = (path: (string | number)[]): string => path.join(SEP);

/** Tables mapping a host pattern to "allow" / "deny". */
const DOMAIN_TABLES: string[][] = [
  ['permissions', '*', 'network', 'domains'],
  ['features', 'network_proxy', 'domains'],
  ['experimental_network', 'domains'],
];
/** Lists of host patterns, with their effect. */
const DOMAIN_LISTS: [string[], 'allow' | 'deny'][] = [
  [['experimental_network', 'allowed_domains'], 'allow'],
  [['experimental_network', 'denied_domains'], 'deny'],
  [['network_proxy', 'policy', 'allowed_domains'], 'allow'],
  [['network_proxy', 'policy', 'denied_domains'], 'deny'],
];
const HOST_ROOTS = new Set([...DOMAIN_TABLES, ...DOMAIN_LISTS.map(([p]) => p)].map((p) => p[0]));
/** Paths deeper than this are not read (nothing Codex checks is that deep; hostile dotted keys can be). */
const MAX_PATH = 32;

const keyName = (k: AST.TOMLBare | AST.TOMLQuoted): string => (k.type === 'TOMLBare' ? k.name : k.value);
const spanOf = (n: { range: [number, number] }): Span => ({ start: n.range[0], end: n.range[1] });

function matches(pattern: string[], path: string[]): boolean {
  return pattern.length <= path.length && pattern.every((p, i) => p === '*' || p === path[i]);
}

/** `[permissions.ci.network.domains]` as a user reads the table. */
function tableName(path: string[]): string {
  return `[${path.map((p) => (/^[A-Za-z0-9_-]+$/.test(p) ? p : basicQuoted(p))).join('.')}]`;
}
const basicQuoted = (s: string) => JSON.stringify(s);

function staticValue(node: AST.TOMLContentNode): unknown {
  try {
    return getStaticTOMLValue(node);
  } catch {
    return undefined;
  }
}

export function codexFormatOf(path: string | undefined): CodexFormat {
  return (path ?? '').replace(/\\/g, '/').endsWith('requirements.toml') ? 'codex-requirements' : 'codex';
}

export function buildCodexModel(text: string, path: string | undefined): CodexModel {
  const format = codexFormatOf(path);
  const parsed = parseToml(text);
  const problems: SettingsProblem[] = parsed.problem ? [parsed.problem] : [];
  const entries = new Map<string, TomlEntry>();
  const headers = new Map<string, AST.TOMLTable>();
  // values are computed when asked for (most never are): a node, or a table header's empty object
  const values = new Map<string, { node?: AST.TOMLContentNode; span: Span; keySpan?: Span; value?: unknown }>();
  const roots = { profiles: new Set<string>(), permissions: new Set<string>() };
  const noteRoot = (path: string[]) => {
    if (path.length >= 2 && (path[0] === 'profiles' || path[0] === 'permissions')) roots[path[0]].add(path[1]);
  };
  const ast = parsed.ast;

  const addPair = (prefix: string[], kv: AST.TOMLKeyValue) => {
    const path = [...prefix, ...kv.key.keys.map(keyName)];
    if (path.length > MAX_PATH) return;
    const key = joinPath(path);
    entries.set(key, { path, kv, node: kv.value });
    values.set(key, { node: kv.value, span: spanOf(kv.value), keySpan: spanOf(kv.key) });
    noteRoot(path);
    if (kv.value.type === 'TOMLInlineTable') for (const inner of kv.value.body) addPair(path, inner);
    if (kv.value.type === 'TOMLArray') {
      kv.value.elements.forEach((el, i) => values.set(joinPath([...path, i]), { node: el, span: spanOf(el) }));
    }
  };
  if (ast) {
    for (const item of ast.body[0].body) {
      if (item.type === 'TOMLKeyValue') addPair([], item);
      else {
        const prefix = item.resolvedKey.map(String);
        if (prefix.length > MAX_PATH) continue;
        if (item.kind === 'standard') headers.set(joinPath(prefix), item);
        if (!values.has(joinPath(prefix))) values.set(joinPath(prefix), { value: {}, span: spanOf(item.key), keySpan: spanOf(item.key) });
        noteRoot(prefix);
        for (const kv of item.body) addPair(prefix, kv);
      }
    }
  }

  const hosts: SettingsHost[] = [];
  const dottedHostKeys: DottedHostKey[] = [];
  const domainTables = new Map<string, DomainTable>();
  const noteTable = (tablePath: string[], e: TomlEntry, where: string) => {
    const key = joinPath(tablePath);
    if (domainTables.has(key)) return;
    const header = headers.get(key);
    // the header `[…domains]`, else the `domains` segment of the pair's own dotted key or its inline-table parent
    let span: Span;
    if (header) span = spanOf(header.key);
    else {
      const own = e.kv.key.keys.length - (e.path.length - tablePath.length) - 1;
      if (own >= 0) span = spanOf(e.kv.key.keys[own]);
      else {
        const holder = entries.get(key);
        span = holder ? spanOf(holder.kv.key) : spanOf(e.kv.key);
      }
    }
    domainTables.set(key, { path: tablePath, span, where });
  };
  const pushPattern = (text0: string, span: Span, where: string, effect: 'allow' | 'deny', replace: (h: string) => ReturnType<SettingsHost['replace']>, remove: () => ReturnType<SettingsHost['remove']>) => {
    for (const form of patternForms(text0)) {
      hosts.push({ text: form.text, span: { start: span.start + form.start, end: span.end }, where, effect, replace, remove });
    }
  };
  for (const e of entries.values()) {
    if (!HOST_ROOTS.has(e.path[0])) continue;
    for (const t of DOMAIN_TABLES) {
      if (!matches(t, e.path) || e.path.length === t.length) continue;
      const where = tableName(e.path.slice(0, t.length));
      const v = e.node.type === 'TOMLValue' && e.node.kind === 'string' ? e.node.value : undefined;
      if (v !== 'allow' && v !== 'deny') continue;
      noteTable(e.path.slice(0, t.length), e, where);
      const segments = e.path.slice(t.length);
      const firstKey = e.kv.key.keys.length - segments.length;
      if (segments.length > 1) {
        const keys = firstKey >= 0 ? e.kv.key.keys.slice(firstKey) : undefined;
        const first = keys ? keys[0] : e.kv.key.keys[0];
        const last = e.kv.key.keys[e.kv.key.keys.length - 1];
        dottedHostKeys.push({ host: segments.join('.'), span: { start: first.range[0], end: last.range[1] }, keys, where });
        continue;
      }
      const keyNode = e.kv.key.keys[e.kv.key.keys.length - 1];
      const kv = e.kv;
      pushPattern(segments[0], innerSpan(keyNode), where, v, (h) => [replaceNode(keyNode, keyText(h, keyNode))], () => [removeKeyValue(text, kv)]);
    }
    for (const [listPath, effect] of DOMAIN_LISTS) {
      if (e.path.length !== listPath.length || !matches(listPath, e.path) || e.node.type !== 'TOMLArray') continue;
      const array = e.node;
      const where = `\`${listPath.join('.')}\``;
      if (array.elements.length) domainTables.set(joinPath(e.path), { path: e.path, span: spanOf(e.kv.key), where });
      for (const el of array.elements) {
        if (el.type !== 'TOMLValue' || el.kind !== 'string' || el.multiline) continue;
        pushPattern(el.value, innerSpan(el), where, effect, (h) => [replaceNode(el, stringText(h, el))], () => [removeArrayElement(text, array, el)]);
      }
    }
  }
  // deny wins: an allowed form a deny pattern of the same source covers is effectively denied
  const deniedBySource = new Map<string, Set<string>>();
  for (const h of hosts) if (h.effect === 'deny') deniedBySource.set(sourceOf(h.where), (deniedBySource.get(sourceOf(h.where)) ?? new Set()).add(h.text));
  for (const h of hosts) {
    const denied = h.effect === 'allow' ? deniedBySource.get(sourceOf(h.where)) : undefined;
    if (denied && [...denied].some((d) => patternCovers(d, h.text))) h.effect = 'deny';
  }

  const env: SettingsEnv[] = [];
  for (const e of entries.values()) {
    if (e.path.length !== 3 || e.path[0] !== 'shell_environment_policy' || e.path[1] !== 'set') continue;
    const keyNode = e.kv.key.keys[e.kv.key.keys.length - 1];
    const str = e.node.type === 'TOMLValue' && e.node.kind === 'string' ? e.node : undefined;
    env.push({ name: e.path[2], nameSpan: innerSpan(keyNode), value: str?.value, valueSpan: str ? innerSpan(str) : spanOf(e.node), where: '`shell_environment_policy.set`' });
  }

  const get = (p: (string | number)[]): SettingsValue | undefined => {
    const v = values.get(joinPath(p));
    if (!v) return undefined;
    if (v.node) {
      v.value = staticValue(v.node);
      v.node = undefined;
    }
    return { value: v.value, span: v.span, ...(v.keySpan ? { keySpan: v.keySpan } : {}) };
  };
  return {
    format,
    ast,
    hosts,
    env,
    problems,
    domainTables: [...domainTables.values()].sort((a, b) => a.span.start - b.span.start),
    entries,
    headers,
    dottedHostKeys,
    profiles: [...roots.profiles],
    permissionProfiles: [...roots.permissions],
    get,
    entry: (p) => entries.get(joinPath(p)),
  };
}

/** The source of a host rule: its table, or its lists (`allowed_domains` and `denied_domains` of one table are one source). */
function sourceOf(where: string): string {
  return where.endsWith('allowed_domains`') ? where.slice(0, -'allowed_domains`'.length) : where.endsWith('denied_domains`') ? where.slice(0, -'denied_domains`'.length) : where;
}
