// Shared by the host rules (SG101–SG106): allowlist entries with their normalized host and
// classification (computed once per check, however many rules ask), and the text edits of fixes.
import { quoteValue } from '../../secrets/redactText.js';
import { isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TaskContext } from '../../models/task/taskContext.js';
import type { HostEntry, TaskDoc } from '../../models/task/taskModel.js';
import type { Fix, Span, TextEdit } from '../../core/types.js';
import { classifyHost, type HostClass } from '../../hosts/classify.js';
import { normalizeHostEntry, type NormalizedHost } from '../../hosts/hostname.js';
import { keepAliases, yamlHost } from './credentialEdits.js';

export interface CheckedEntry {
  entry: HostEntry;
  doc: TaskDoc;
  /** the entry as written (inside quotes) */
  text: string;
  norm: NormalizedHost;
}

const entriesCache = new WeakMap<TaskContext, CheckedEntry[]>();
const classCache = new WeakMap<HostEntry, HostClass>();

/** Every `allowlist` / `allowlist_additions` entry of every document, normalized. */
export function allowlistEntries(ctx: TaskContext): CheckedEntry[] {
  const hit = entriesCache.get(ctx);
  if (hit) return hit;
  const out: CheckedEntry[] = [];
  for (const doc of ctx.docs) {
    for (const entry of doc.allowlist) {
      const text = writtenText(ctx, entry);
      out.push({ entry, doc, text, norm: normalizeHostEntry(text) });
    }
  }
  entriesCache.set(ctx, out);
  return out;
}

/** The entry as written: YAML reads `0xA9FEA9FE` as a number, but the proxy would get the text. */
function writtenText(ctx: TaskContext, entry: HostEntry): string {
  return typeof entry.node.value === 'string' ? entry.value : ctx.text.slice(entry.innerSpan.start, entry.innerSpan.end);
}

/** The classification of an entry's normalized host (other rules see `api.stripe.com` for `https://api.stripe.com/v1`). */
export function classOf(ctx: TaskContext, e: CheckedEntry): HostClass {
  let c = classCache.get(e.entry);
  if (!c) {
    c = classifyHost(e.norm.host, ctx.catalog, ctx.policy);
    classCache.set(e.entry, c);
  }
  return c;
}

const byHostCache = new WeakMap<TaskDoc, Map<string, HostEntry[]>>();

/** True when another entry of the document's allowlists is this host (a fix must not create a duplicate). */
export function allowlisted(ctx: TaskContext, doc: TaskDoc, host: string, except: HostEntry): boolean {
  let index = byHostCache.get(doc);
  if (!index) {
    index = new Map();
    for (const e of allowlistEntries(ctx)) {
      if (e.doc !== doc) continue;
      const list = index.get(e.norm.host);
      if (list) list.push(e.entry);
      else index.set(e.norm.host, [e.entry]);
    }
    byHostCache.set(doc, index);
  }
  return (index.get(host) ?? []).some((x) => x !== except);
}

/**
 * True when an earlier entry of the document is this host: that one stays (duplicate-host removes the copies
 * after the first), so this one can go. Near-duplicates must never all be removed, each for the other.
 */
export function keptCopy(ctx: TaskContext, e: CheckedEntry): boolean {
  const first = firstOffsets(ctx).get(e.doc)?.get(e.norm.host);
  return first !== undefined && first < e.entry.span.start;
}

/** Per document, the offset of each host's first entry: built once per check (a scan per entry was quadratic). */
const firstCache = new WeakMap<TaskContext, Map<TaskDoc, Map<string, number>>>();
function firstOffsets(ctx: TaskContext): Map<TaskDoc, Map<string, number>> {
  let byDoc = firstCache.get(ctx);
  if (byDoc) return byDoc;
  byDoc = new Map();
  for (const x of allowlistEntries(ctx)) {
    let hosts = byDoc.get(x.doc);
    if (!hosts) byDoc.set(x.doc, (hosts = new Map()));
    const seen = hosts.get(x.norm.host);
    if (seen === undefined || x.entry.span.start < seen) hosts.set(x.norm.host, x.entry.span.start);
  }
  firstCache.set(ctx, byDoc);
  return byDoc;
}

/** `allowlist` or `allowlist_additions`, for messages. */
export function listName(e: CheckedEntry): string {
  return `\`${e.entry.list}\``;
}

/** Shows user text in a message: at most 80 characters, never userinfo (it may hold a password). */
export function shown(raw: string): string {
  let s = raw.trim();
  const at = s.lastIndexOf('@');
  if (at >= 0) {
    const sep = s.indexOf('://');
    s = `${sep >= 0 && sep < at ? s.slice(0, sep + 3) : ''}…@${s.slice(at + 1)}`;
  }
  return quoteValue(s);
}

/** Replaces the host text inside its quotes. */
export function replaceFix(text: string, e: CheckedEntry, host: string, title: string, opts: { preferred?: boolean; safe?: boolean } = {}): Fix {
  // an entry reached through an alias is swapped where it is written, at the anchor (the fix title then says it changes every use)
  if (e.entry.via.length) return { title, edits: [anchoredHostEdit(text, e, host)], ...opts };
  const kept = keepAliases(text, e.doc.doc, e.entry.node);
  return { title: `${title}${kept.note}`, edits: [replaceEdit(e, host, text), ...kept.edits], ...opts };
}

/** Swaps only the host inside the anchored value: an env URL anchored as `&api https://host/v1` stays a URL. */
function anchoredHostEdit(text: string, e: CheckedEntry, host: string): TextEdit {
  const inner = e.entry.innerSpan;
  const at = text.slice(inner.start, inner.end).toLowerCase().indexOf(e.norm.host);
  if (e.norm.host && at >= 0) return { start: inner.start + at, end: inner.start + at + e.norm.host.length, newText: host };
  return { ...inner, newText: host };
}

/**
 * The edit that writes `host` as the entry's value. A block scalar (`- |` then the host) becomes a plain
 * scalar on the item's line, keeping a comment on its header line: its content would keep the line break.
 */
function replaceEdit(e: CheckedEntry, host: string, text: string): TextEdit {
  const { node, span } = e.entry;
  if ((node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED')) return { ...e.entry.innerSpan, newText: host };
  const headerEnd = text.indexOf('\n', span.start);
  const header = text.slice(span.start, headerEnd < 0 ? span.end : headerEnd);
  const hash = header.search(/\s#/);
  const comment = hash >= 0 ? ` ${header.slice(hash).trim()}` : '';
  return { start: span.start, end: span.end, newText: `${yamlHost(host)}${comment}` };
}

/** The sequence node an allowlist entry sits in. */
function seqOf(e: CheckedEntry): Node | undefined {
  const net = e.doc.network?.pair.value;
  if (!isMap(net)) return undefined;
  const seq = (net as YAMLMap).get(e.entry.list, true) as Node | undefined;
  return isSeq(seq) ? seq : undefined;
}

/**
 * Removes entries and keeps the YAML valid: a block item loses its line, a flow item its comma, and a
 * sequence that would be left empty becomes `[]`. A removed block item's trailing comment (an owner, a
 * ticket) stays, on its own line where the item was.
 */
export function removeFix(ctx: TaskContext, e: CheckedEntry | CheckedEntry[], title: string, opts: { preferred?: boolean; safe?: boolean } = {}): Fix {
  const list = Array.isArray(e) ? e : [e];
  const edits: TextEdit[] = [];
  const bySeq = new Map<Node | undefined, CheckedEntry[]>();
  for (const x of list) {
    const seq = seqOf(x);
    const items = bySeq.get(seq);
    if (items) items.push(x);
    else bySeq.set(seq, [x]);
  }
  for (const [seq, items] of bySeq) {
    if (seq && isSeq(seq) && seq.range && items.length >= seq.items.length) {
      const emptied = emptySeqEdits(ctx.text, items[0], seq, items);
      if (emptied) {
        edits.push(...emptied);
        continue;
      }
    }
    for (const x of items) edits.push(...removalEdit(ctx.text, x, items.length > 1));
  }
  // an alias of a removed entry would point at nothing: it gets the value written out
  let note = '';
  for (const x of list) {
    if (x.entry.via.length) continue;
    const kept = keepAliases(ctx.text, x.doc.doc, x.entry.node);
    edits.push(...kept.edits);
    note ||= kept.note;
  }
  return { title: `${title}${note}`, edits, ...opts };
}

/** The trailing comment on the line of `end` (from `#` to the line end), if any. */
function trailingComment(text: string, end: number): Span | undefined {
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const rest = text.slice(end, lineEnd);
  const hash = rest.search(/(^|\s)#/);
  if (hash < 0) return undefined;
  const at = end + hash + (rest[hash] === '#' ? 0 : 1);
  return { start: at, end: lineEnd };
}

/**
 * Everything goes: the key gets an empty sequence (`allowlist: []`), not a null (`allowlist:` with nothing
 * after it), and each item line is removed, or becomes its comment. Undefined when the layout is unusual.
 */
function emptySeqEdits(text: string, sample: CheckedEntry, seq: Node, items: CheckedEntry[]): TextEdit[] | undefined {
  if ((seq as YAMLSeq).flow) {
    // a flow sequence with a comment inside keeps its brackets: its items go one by one
    const inner = text.slice(seq.range![0], seq.range![1]);
    if (/(^|\s)#/.test(inner)) return undefined;
    return [{ start: seq.range![0], end: seq.range![1], newText: '[]' }];
  }
  const net = sample.doc.network?.pair.value as YAMLMap;
  const pair = net.items.find((p) => p.value === seq);
  const keyEnd = (pair?.key as Node | null)?.range?.[1];
  if (keyEnd === undefined) return undefined;
  const colon = text.indexOf(':', keyEnd);
  if (colon < 0 || colon > seq.range![0]) return undefined;
  return [{ start: colon + 1, end: colon + 1, newText: ' []' }, ...items.flatMap((x) => removalEdit(text, x, true))];
}

function isFlow(e: CheckedEntry): boolean {
  return e.entry.itemLineSpan.start === e.entry.itemSpan.start && e.entry.itemLineSpan.end === e.entry.itemSpan.end;
}

/** The edit removing one item; with several removals in one flow sequence, always the comma before (never overlapping). */
function removalEdit(text: string, e: CheckedEntry, several: boolean): TextEdit[] {
  const span = e.entry.itemSpan;
  if (!isFlow(e)) {
    const line = e.entry.itemLineSpan;
    // a block scalar's comment is on its header line (`- | # owner`), a plain one's after the value
    const block = e.entry.node.type === 'BLOCK_LITERAL' || e.entry.node.type === 'BLOCK_FOLDED';
    const comment = trailingComment(text, block ? span.start + 1 : span.end);
    if (!comment) return [{ ...line, newText: '' }];
    // the comment stays where the item was, at the item's indentation
    let indent = line.start;
    while (text[indent] === ' ') indent++;
    const edits = [{ start: indent, end: comment.start, newText: '' }];
    const commentLineEnd = text.indexOf('\n', comment.end);
    if (block && commentLineEnd >= 0 && commentLineEnd + 1 < line.end) edits.push({ start: commentLineEnd + 1, end: line.end, newText: '' });
    return edits;
  }
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  let before = span.start;
  while (before > 0 && isSpace(text[before - 1])) before--;
  const commaBefore = text[before - 1] === ',';
  if (commaBefore && several) return [{ start: before - 1, end: span.end, newText: '' }];
  let after = span.end;
  while (isSpace(text[after])) after++;
  if (text[after] === ',') {
    after++;
    const comma = after;
    while (text[after] === ' ' || text[after] === '\t') after++;
    // `[a,  # why` keeps the space before the comment: `[#` would not be a comment
    return [{ start: span.start, end: text[after] === '#' ? comma : after, newText: '' }];
  }
  return [commaBefore ? { start: before - 1, end: span.end, newText: '' } : { ...span, newText: '' }];
}

/** 1-based line of an offset, for messages that point at another entry. */
export function lineOf(ctx: TaskContext, offset: number): number {
  return ctx.lines.range({ start: offset, end: offset }).start.line + 1;
}
