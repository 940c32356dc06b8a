// Shared by the host rules (SG101–SG106): allowlist entries with their normalized host and
// classification (computed once per check, however many rules ask), and the text edits of fixes.
import { quoteValue } from '../../secrets/redactText.js';
import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import type { TaskContext } from '../../models/task/taskContext.js';
import type { HostEntry, TaskDoc } from '../../models/task/taskModel.js';
import type { Fix, Span, TextEdit } from '../../core/types.js';
import { classifyHost, type HostClass } from '../../hosts/classify.js';
import { normalizeHostEntry, type NormalizedHost } from '../../hosts/hostname.js';

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
export function replaceFix(e: CheckedEntry, host: string, title: string, opts: { preferred?: boolean; safe?: boolean } = {}): Fix {
  return { title, edits: [{ ...e.entry.innerSpan, newText: host }], ...opts };
}

/** The sequence node an allowlist entry sits in. */
function seqOf(e: CheckedEntry): Node | undefined {
  const net = e.doc.network?.pair.value;
  if (!isMap(net)) return undefined;
  const seq = (net as YAMLMap).get(e.entry.list, true) as Node | undefined;
  return isSeq(seq) ? seq : undefined;
}

/**
 * Removes entries and keeps the YAML valid: a block item loses its whole line, a flow item its
 * comma, and a sequence that would be left empty becomes `[]`.
 */
export function removeFix(ctx: TaskContext, e: CheckedEntry | CheckedEntry[], title: string, opts: { preferred?: boolean; safe?: boolean } = {}): Fix {
  const list = Array.isArray(e) ? e : [e];
  const edits: TextEdit[] = [];
  const bySeq = new Map<Node | undefined, CheckedEntry[]>();
  for (const x of list) {
    const seq = seqOf(x);
    bySeq.set(seq, [...(bySeq.get(seq) ?? []), x]);
  }
  for (const [seq, items] of bySeq) {
    if (seq && isSeq(seq) && seq.range && items.length >= seq.items.length) {
      // everything goes: an empty sequence, not a null (`allowlist:` with nothing after it)
      const end = seq.flow ? seq.range[1] : Math.max(...items.map((x) => x.entry.span.end));
      edits.push({ start: seq.range[0], end, newText: '[]' });
      continue;
    }
    for (const x of items) edits.push({ ...removalSpan(ctx.text, x, items.length > 1), newText: '' });
  }
  return { title, edits, ...opts };
}

function isFlow(e: CheckedEntry): boolean {
  return e.entry.itemLineSpan.start === e.entry.span.start && e.entry.itemLineSpan.end === e.entry.span.end;
}

/** The text to delete for one item; with several removals in one flow sequence, always the comma before (never overlapping). */
function removalSpan(text: string, e: CheckedEntry, several: boolean): Span {
  const { span } = e.entry;
  if (!isFlow(e)) return e.entry.itemLineSpan;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  let before = span.start;
  while (before > 0 && isSpace(text[before - 1])) before--;
  const commaBefore = text[before - 1] === ',';
  if (commaBefore && several) return { start: before - 1, end: span.end };
  let after = span.end;
  while (isSpace(text[after])) after++;
  if (text[after] === ',') {
    after++;
    while (text[after] === ' ' || text[after] === '\t') after++;
    return { start: span.start, end: after };
  }
  return commaBefore ? { start: before - 1, end: span.end } : span;
}

/** 1-based line of an offset, for messages that point at another entry. */
export function lineOf(ctx: TaskContext, offset: number): number {
  return ctx.lines.range({ start: offset, end: offset }).start.line + 1;
}
