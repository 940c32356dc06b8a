// Editor support for the JSON settings kinds: where the cursor is in the file's host lists (for staging-host
// completion) and which host entry it is on (for hover). Reads positions with jsonc-parser's `getLocation`, so
// a file with syntax errors still gets completion while it is being typed.
import { getLocation, parseTree, type JSONPath } from 'jsonc-parser';
import { nodeAt } from './jsonc.js';
import type { Span } from '../../core/types.js';
import { readJsonSettings, WEBFETCH_PREFIX } from './settings.js';

export type JsonSettingsFormat = 'claude' | 'srt';

/** Lists whose items are hosts the sandbox lets through or a secret goes to: staging hosts are offered there. */
const HOST_LISTS: Record<JsonSettingsFormat, JSONPath[]> = {
  claude: [['sandbox', 'network', 'allowedDomains']],
  srt: [['network', 'allowedDomains'], ['credentials', 'envVars', '*', 'injectHosts'], ['credentials', 'files', '*', 'injectHosts']],
};

export interface HostSlot {
  /** what to replace: the typed part of the host (inside the quotes), or an empty span where a new string goes */
  span: Span;
  /** true when the cursor is not inside a string: the completion writes the quotes too */
  quote: boolean;
  /** the list, as a user reads it */
  where: string;
}

function matches(path: JSONPath, pattern: JSONPath): boolean {
  return path.length === pattern.length + 1 && pattern.every((p, i) => p === '*' || p === path[i]) && typeof path[pattern.length] === 'number';
}

/** Where a staging host may be completed at `offset`: an item of a host list, or after `WebFetch(domain:` in `permissions.allow`. */
export function hostSlotAt(text: string, offset: number, format: JsonSettingsFormat): HostSlot | undefined {
  const loc = getLocation(text, offset);
  const prev = loc.previousNode;
  const inString = !!prev && prev.type === 'string' && prev.offset < offset && offset <= prev.offset + prev.length && !loc.isAtPropertyKey;
  // an unterminated string runs to the line end: replace up to the cursor only
  const closed = inString && text[prev!.offset + prev!.length - 1] === '"' && prev!.length > 1;
  const contentEnd = inString ? (closed ? prev!.offset + prev!.length - 1 : offset) : offset;
  const list = HOST_LISTS[format].find((p) => matches(loc.path, p));
  if (list) {
    if (inString) return { span: { start: prev!.offset + 1, end: Math.max(offset, contentEnd) }, quote: false, where: list.join('.') };
    return { span: { start: offset, end: offset }, quote: true, where: list.join('.') };
  }
  if (format === 'claude' && inString && matches(loc.path, ['permissions', 'allow'])) {
    const start = prev!.offset + 1;
    const typed = text.slice(start, offset);
    if (!typed.startsWith(WEBFETCH_PREFIX)) return undefined;
    const hostStart = start + WEBFETCH_PREFIX.length;
    const close = text.indexOf(')', hostStart);
    const end = close >= 0 && close <= contentEnd ? close : contentEnd;
    return { span: { start: hostStart, end: Math.max(offset, end) }, quote: false, where: 'permissions.allow' };
  }
  return undefined;
}

/** The host entry under the cursor (an allowed or denied domain, a `WebFetch(domain:…)` host), as written. */
export function hostEntryAt(text: string, offset: number, format: JsonSettingsFormat): { text: string; span: Span } | undefined {
  const h = readJsonSettings(text, format).hosts.find((x) => x.span.start <= offset && offset <= x.span.end);
  return h && { text: h.text, span: h.span };
}

/** The key under the cursor, with the path of the object that holds it (array indexes as `[]`), for hover. */
export function keyAt(text: string, offset: number): { path: string[]; key: string } | undefined {
  const loc = getLocation(text, offset);
  const prev = loc.previousNode;
  if (!loc.isAtPropertyKey || !prev || (prev.type !== 'property' && prev.type !== 'string') || offset < prev.offset || offset > prev.offset + prev.length) return undefined;
  return { path: loc.path.slice(0, -1).map((p) => (typeof p === 'number' ? '[]' : p)), key: String(prev.value) };
}

export interface KeySlot {
  /** the object's path (array indexes as `[]`) */
  path: string[];
  /** what to replace: the typed key with its quotes, or an empty span */
  span: Span;
  /** keys the object has already */
  present: Set<string>;
}

/** Where a key is being typed (`"sand|"` or a blank spot in an object), for key completion. */
export function keySlotAt(text: string, offset: number): KeySlot | undefined {
  const loc = getLocation(text, offset);
  if (!loc.isAtPropertyKey) return undefined;
  const prev = loc.previousNode;
  // jsonc-parser reports the key being typed as a `property` node spanning the key's string
  const inKey = !!prev && (prev.type === 'property' || prev.type === 'string') && prev.offset < offset && offset <= prev.offset + prev.length;
  const span = inKey ? { start: prev!.offset, end: prev!.offset + prev!.length } : { start: offset, end: offset };
  const path = loc.path.slice(0, -1).map((p) => (typeof p === 'number' ? '[]' : p));
  const present = new Set<string>();
  const root = parseTree(text, [], { allowTrailingComma: true });
  let obj = root;
  for (const seg of loc.path.slice(0, -1)) obj = obj && nodeAt(obj, [seg]);
  for (const prop of obj?.type === 'object' ? obj.children ?? [] : []) {
    const k = prop.children?.[0];
    if (k && !(inKey && k.offset === prev!.offset) && typeof k.value === 'string') present.add(k.value);
  }
  return { path, span, present };
}
