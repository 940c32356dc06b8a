// Text edits for the credential, env and method rules (SG201–SG209, SG301–SG303): insert a field
// into a block or flow map keeping its indentation, replace a value inside its quotes, append a
// host to the allowlist. Edits are computed from node ranges; the YAML is never re-serialized.
import { isMap, isPair, isSeq, isScalar, visit, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TaskDoc } from '../../models/task/taskModel.js';
import type { Span, TextEdit } from '../../core/types.js';
import { scalarString } from '../../core/yamlSource.js';

let eolOf: { text: string; eol: string } | undefined;
/** The document's line break (remembered for the last text: every fix asks, and a scan per fix was quadratic). */
export function eol(text: string): string {
  if (eolOf?.text !== text) eolOf = { text, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  return eolOf.eol;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** End of the line holding `offset` (before its line break), so trailing comments stay on their line. */
function lineEndOf(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > 0 && text[end - 1] === '\r') end--;
  return end;
}

/** The whitespace before the first non-blank character of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let i = start;
  while (text[i] === ' ') i++;
  return text.slice(start, i);
}

/** Column (as spaces) of `offset` within its line, for keys that follow `- `. */
function columnSpaces(text: string, offset: number): string {
  return ' '.repeat(offset - lineStartOf(text, offset));
}

/** Last offset of real content at or before `offset` (ranges of block nodes end after line breaks). */
function contentEnd(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

/**
 * Appends an entry to a flow collection right after its last item (or after the opening bracket): never
 * after a comment that ends a line inside a multi-line collection, where it would become comment text.
 */
function flowInsert(text: string, coll: YAMLMap | YAMLSeq, entry: string): TextEdit | undefined {
  const [start] = coll.range!;
  if (text[start] !== (isMap(coll) ? '{' : '[')) return undefined;
  const last = coll.items[coll.items.length - 1] as unknown;
  const lastNode = (isPair(last) ? ((last.value as Node | null)?.range ? last.value : last.key) : last) as Node | null | undefined;
  if (!coll.items.length) return { start: start + 1, end: start + 1, newText: entry };
  if (!lastNode?.range) return undefined;
  const at = contentEnd(text, lastNode.range[1]);
  return { start: at, end: at, newText: `, ${entry}` };
}

export interface InsertText {
  /** the new entry for a block map, given its indentation and line break (may span lines) */
  block: (indent: string, nl: string) => string;
  /** the new entry for a flow map (`key: value`) */
  flow: string;
}

/**
 * Inserts an entry into the map `value` of the pair whose key is at `ownerKey`: before its first entry or
 * after its last one (block maps), before `}` (flow maps), or below the key when the value is empty.
 * Returns undefined when the value is a scalar or a sequence (nothing sensible to insert into).
 */
export function insertIntoMap(text: string, ownerKey: Span, value: unknown, entry: InsertText, where: 'first' | 'last' = 'last'): TextEdit | undefined {
  const nl = eol(text);
  if (value === null || value === undefined || (isScalar(value) && value.value === null)) {
    const r = (value as Node | null)?.range;
    // `KEY: null` / `KEY: ~`: the null becomes a flow map
    if (r && r[1] > r[0]) return { start: r[0], end: r[1], newText: `{${entry.flow}}` };
    const at = lineEndOf(text, ownerKey.end);
    const indent = `${columnSpaces(text, ownerKey.start)}  `;
    return { start: at, end: at, newText: `${nl}${indent}${entry.block(indent, nl)}` };
  }
  if (!isMap(value) || !value.range) return undefined;
  const map = value as YAMLMap;
  if (map.flow) return flowInsert(text, map, entry.flow);
  const pairs = map.items.filter(isPair) as Pair[];
  const first = pairs[0]?.key as Node | undefined;
  if (!first?.range) return undefined;
  const indent = columnSpaces(text, first.range[0]);
  if (where === 'first' && lineStartOf(text, first.range[0]) + indent.length === first.range[0] && /^ *$/.test(indent)) {
    const at = lineStartOf(text, first.range[0]);
    return { start: at, end: at, newText: `${indent}${entry.block(indent, nl)}${nl}` };
  }
  const last = pairs[pairs.length - 1];
  const lastNode = ((last.value as Node | null)?.range ? last.value : last.key) as Node;
  const at = lineEndOf(text, contentEnd(text, lastNode.range![1]));
  return { start: at, end: at, newText: `${nl}${indent}${entry.block(indent, nl)}` };
}

/** `key: value` as a block or flow map entry. */
export function simpleEntry(key: string, value: string): InsertText {
  return { block: () => `${key}: ${value}`, flow: `${key}: ${value}` };
}

/** A host as a YAML plain scalar, quoted when plain would not parse (`*.x.y`). */
export function yamlHost(host: string): string {
  return /^[a-z0-9][a-z0-9.-]*$/i.test(host) ? host : JSON.stringify(host);
}

/**
 * Adds a host to `network.allowlist` (or `allowlist_additions` when only that exists), appending an item
 * with the list's indentation; creates `allowlist` (and `network`) when missing.
 */
export function addToAllowlistEdit(text: string, doc: TaskDoc, host: string): TextEdit | undefined {
  const item = yamlHost(host);
  const nl = eol(text);
  const net = doc.network?.pair.value as Node | null | undefined;
  if (!doc.network) {
    if (!doc.root?.range) return undefined;
    return insertIntoMap(text, { start: 0, end: 0 }, doc.root, {
      block: (indent, n) => `network:${n}${indent}  allowlist:${n}${indent}    - ${item}`,
      flow: `network: {allowlist: [${item}]}`,
    });
  }
  const netMap = isMap(net) ? (net as YAMLMap) : undefined;
  const pairNamed = (name: string) => netMap?.items.find((p) => isPair(p) && scalarString(p.key) === name) as Pair | undefined;
  const listPair = pairNamed('allowlist') ?? pairNamed('allowlist_additions');
  if (!listPair) {
    return insertIntoMap(text, doc.network.keySpan, net, {
      block: (indent, n) => `allowlist:${n}${indent}  - ${item}`,
      flow: `allowlist: [${item}]`,
    });
  }
  const keyRange = (listPair.key as Node).range!;
  const seq = listPair.value as Node | null;
  if (!seq || (isScalar(seq) && seq.value === null)) {
    if (seq?.range && seq.range[1] > seq.range[0]) return { start: seq.range[0], end: seq.range[1], newText: `[${item}]` };
    const at = lineEndOf(text, keyRange[1]);
    return { start: at, end: at, newText: `${nl}${columnSpaces(text, keyRange[0])}  - ${item}` };
  }
  if (!isSeq(seq) || !seq.range) return undefined;
  const s = seq as YAMLSeq;
  if (s.flow) return flowInsert(text, s, item);
  const lastItem = s.items[s.items.length - 1] as Node | undefined;
  if (!lastItem?.range) return undefined;
  const at = lineEndOf(text, contentEnd(text, lastItem.range[1]));
  return { start: at, end: at, newText: `${nl}${indentAt(text, lastItem.range[0])}- ${item}` };
}

/**
 * Edits that write an anchored scalar's current value out at each alias of it (`label: *x` becomes
 * `label: "read-write"`), so that editing or removing the anchored value does not change the aliases
 * silently; with the note a fix title adds to say so.
 */
export function keepAliases(text: string, doc: Document.Parsed, node: Scalar): { edits: TextEdit[]; note: string } {
  if (!node.anchor) return { edits: [], note: '' };
  const aliases: Alias[] = [];
  visit(doc, {
    Alias(_, a) {
      if (a.range && a.resolve(doc) === node) aliases.push(a);
    },
  });
  const written = typeof node.value === 'string' ? JSON.stringify(node.value) : text.slice(node.range![0], node.range![1]);
  const edits = aliases.map((a) => ({ start: a.range![0], end: a.range![1], newText: written }));
  const note = edits.length ? ` (${edits.length === 1 ? 'its alias keeps' : `its ${edits.length} aliases keep`} the old value, written out)` : '';
  return { edits, note };
}
