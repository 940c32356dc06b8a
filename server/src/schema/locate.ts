// Finds the YAML node behind a JSON pointer from ajv (instancePath), so errors land on exact source spans.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { nodeSpan, scalarString } from '../core/yamlSource.js';
import { isMergeKey } from '../core/yamlAliases.js';
import type { Span } from '../core/types.js';

export interface Located {
  /** the node at the path (undefined when the path could not be followed to the end) */
  node?: Node;
  /** the map pair whose value is the node (for its key span) */
  pair?: Pair;
  /** the deepest node reached when the path could not be followed (aliases, merge keys) */
  nearest?: Node;
  nearestPair?: Pair;
}

/** Splits an ajv instancePath (`/network/allowlist/0`) into segments. */
export function pointerSegments(pointer: string): string[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function deref(doc: Document, node: unknown): Node | undefined {
  let n = node as Node | null | undefined;
  for (let i = 0; i < 20 && n && isAlias(n); i++) n = n.resolve(doc) as Node | undefined;
  return n ?? undefined;
}

/** The pair of a map whose key equals `key` (the last one wins, like toJS). */
export function findPair(node: Node | undefined, key: string): Pair | undefined {
  if (!isMap(node)) return undefined;
  let found: Pair | undefined;
  for (const p of node.items) if (isPair(p) && keyText(p) === key) found = p;
  return found;
}

/** The pair a YAML 1.1 merge key (`<<: *base`, `<<: [*a, *b]`) brings into a map, the earlier source first. */
function mergedPair(doc: Document, map: Node, key: string, depth = 0): Pair | undefined {
  if (!isMap(map) || depth > 20) return undefined;
  for (const p of map.items) {
    if (!isPair(p) || !isMergeKey(p.key)) continue;
    const v = deref(doc, p.value);
    const sources = isSeq(v) ? v.items.map((i) => deref(doc, i)) : [v];
    for (const src of sources) {
      const found = isMap(src) ? (findPair(src, key) ?? mergedPair(doc, src, key, depth + 1)) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

function keyText(p: Pair): string | undefined {
  return scalarString(p.key) ?? (isScalar(p.key) && p.key.value === null ? '' : undefined);
}

export function locate(doc: Document, segments: string[]): Located {
  let node = deref(doc, doc.contents);
  let pair: Pair | undefined;
  for (const seg of segments) {
    if (!node) break;
    let next: Node | undefined;
    let nextPair: Pair | undefined;
    if (isMap(node)) {
      nextPair = findPair(node, seg) ?? mergedPair(doc, node, seg);
      next = nextPair ? deref(doc, nextPair.value) : undefined;
    } else if (isSeq(node) && /^\d+$/.test(seg)) {
      next = deref(doc, node.items[Number(seg)]);
    }
    if (!next && !nextPair) return { nearest: node, nearestPair: pair };
    node = next;
    pair = nextPair;
  }
  return node || pair ? { node, pair } : { nearest: deref(doc, doc.contents) };
}

/** Span of a pair's key. */
export function keySpan(pair: Pair | undefined): Span | undefined {
  return pair ? nodeSpan(pair.key as Node) : undefined;
}

/**
 * Span of a node's value; an empty value (`key:` with nothing) falls back to the key, and a
 * collection is clipped to its first line so a 50-line block is not underlined as a whole.
 */
export function valueSpan(loc: Located, text: string): Span | undefined {
  const s = nodeSpan(loc.node);
  if (!s || s.end <= s.start) return keySpan(loc.pair) ?? s;
  if (!isMap(loc.node) && !isSeq(loc.node)) return s;
  const nl = text.indexOf('\n', s.start);
  let end = nl < 0 || nl > s.end ? s.end : nl;
  while (end > s.start && /\s/.test(text[end - 1])) end--;
  return { start: s.start, end };
}

/** Where to point when the exact node is unknown: the nearest key, else the nearest node's first line. */
export function fallbackSpan(doc: Document, loc: Located, text: string): Span {
  const k = keySpan(loc.pair ?? loc.nearestPair);
  if (k) return k;
  const n = nodeSpan(loc.node ?? loc.nearest) ?? { start: doc.range?.[0] ?? 0, end: doc.range?.[0] ?? 0 };
  const nl = text.indexOf('\n', n.start);
  return { start: n.start, end: Math.max(n.start, Math.min(n.end, nl < 0 ? text.length : nl)) };
}
