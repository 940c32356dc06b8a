// The check every unattended fix passes before it is kept (`--fix`, fix-all on save): a fix may change only
// what its finding is about. It is refused when the YAML would no longer parse, a value outside the edited
// node would change (an alias of an edited anchor, a key swallowed by a rewritten scalar), a comment would be
// lost, or a finding would appear that no safe fix removes. Rules try to write harmless edits; this is the net.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { FileKind, Finding, Fix, Span, TextEdit } from '../core/types.js';
import { MAX_ALIAS_COUNT, parseYaml } from '../core/yamlSource.js';
import { yamlCommentStarts } from './suppressions.js';
import { LineIndex } from '../core/lineIndex.js';
import { parseToml } from '../models/codex/toml.js';
import { readJsonc } from '../models/claude/jsonc.js';
import { jsoncCommentStarts } from '../models/claude/comments.js';

export interface AppliedFix {
  finding: Finding;
  fix: Fix;
}

type Path = (string | number)[];

/** Why applying `fixes` to `before` (giving `after`) damages the file, or undefined when it does not. */
export function fixDamage(kind: FileKind | undefined, before: string, after: string, fixes: AppliedFix[], findingsBefore: Finding[], findingsAfter: Finding[]): string | undefined {
  if (kind === 'task' || kind === 'policy') {
    const yaml = yamlDamage(before, after, fixes);
    if (yaml) return yaml;
  }
  if (kind === 'claude' || kind === 'srt') {
    const json = jsonDamage(before, after, fixes);
    if (json) return json;
  }
  if (kind === 'codex' && parseToml(before).ast && !parseToml(after).ast) return 'it would break the TOML';
  return newFindingDamage(findingsBefore, findingsAfter, fixes);
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

/**
 * A rule with more warnings or errors that no safe fix removes than before: the fix made something worse.
 * Not damage: an info finding (an observation about the result), and a finding on the text a fix wrote at no
 * higher severity than the finding it fixed (the swapped env URL's host is now "not allowlisted", a warning,
 * where it was a production host, an error). YAML, TOML and schema findings are never excused.
 */
function newFindingDamage(before: Finding[], after: Finding[], fixes: AppliedFix[]): string | undefined {
  const count = new Map<string, number>();
  const counts = (f: Finding) => f.severity !== 'info' && !f.fixes.some((x) => x.safe);
  for (const f of before) if (counts(f)) count.set(f.ruleId, (count.get(f.ruleId) ?? 0) + 1);
  const written = writtenSpans(fixes);
  for (const f of after) {
    if (!counts(f)) continue;
    const n = count.get(f.ruleId) ?? 0;
    if (n > 0) {
      count.set(f.ruleId, n - 1);
      continue;
    }
    const excused = f.ruleId !== 'SG001' && f.ruleId !== 'SG002' && f.ruleId !== 'SG003' && written.some((w) => w.start <= f.span.end && f.span.start <= w.end && RANK[f.severity] <= RANK[w.severity]);
    if (!excused) return `it would add a ${f.ruleName} (${f.ruleId}) finding`;
  }
  return undefined;
}

/** Where each edit's new text sits in the fixed text, with the severity of the finding it fixes. */
function writtenSpans(fixes: AppliedFix[]): (Span & { severity: Finding['severity'] })[] {
  const edits = fixes.flatMap((x) => x.fix.edits.map((e) => ({ ...e, severity: x.finding.severity }))).sort((a, b) => a.start - b.start || a.end - b.end);
  let delta = 0;
  return edits.map((e) => {
    const start = e.start + delta;
    delta += e.newText.length - (e.end - e.start);
    return { start, end: start + e.newText.length, severity: e.severity };
  });
}

/** A JSON settings fix may not add a syntax problem or lose a comment (the same net as for YAML). */
function jsonDamage(before: string, after: string, fixes: AppliedFix[]): string | undefined {
  if (readJsonc(after).problems.length > readJsonc(before).problems.length) return 'it would break the JSON';
  const lost = lostCommentIn(before, after, fixes, jsonComments);
  if (lost !== undefined) return `it would remove the comment on line ${new LineIndex(before).range({ start: lost, end: lost }).start.line + 1}`;
  return undefined;
}

/** Every JSONC comment's text (a `//` comment to its line end, a block comment whole), with its offset. */
function jsonComments(text: string): { offset: number; text: string }[] {
  return [...jsoncCommentStarts(text)].sort((x, y) => x - y).map((offset) => {
    let end = text.startsWith('/*', offset) ? text.indexOf('*/', offset + 2) + 2 : text.indexOf('\n', offset);
    if (end < 2 || end < offset) end = text.length;
    return { offset, text: text.slice(offset, end).trimEnd() };
  });
}

function yamlDamage(before: string, after: string, fixes: AppliedFix[]): string | undefined {
  const a = parseYaml(before);
  const b = parseYaml(after);
  const errors = (p: typeof a) => p.docs.reduce((n, d) => n + d.errors.length, 0) + p.problems.filter((x) => x.code === 'PARSE_FAILED').length;
  if (errors(b) > errors(a)) return 'it would break the YAML';
  const lines = new LineIndex(before);
  const lost = lostComment(before, after, fixes);
  if (lost !== undefined) return `it would remove the comment on line ${lines.range({ start: lost, end: lost }).start.line + 1}`;
  if (errors(a) > 0) return undefined; // no reliable document to compare with
  if (a.docs.length !== b.docs.length) return 'it would add or remove a YAML document';
  const edits = fixes.flatMap((x) => x.fix.edits);
  for (let i = 0; i < a.docs.length; i++) {
    const located = edits.map((e) => ({ e, path: locate(a.docs[i], trimmedSpan(before, e)) })).filter((x): x is { e: TextEdit; path: Path } => !!x.path);
    // deleting a list item shortens the list: the list is what changes
    for (const x of located) if (x.e.newText === '' && typeof x.path[x.path.length - 1] === 'number') x.path = x.path.slice(0, -1);
    // an insertion at the end of a nested block belongs to the block or to any map around it: those may gain keys
    const growable = located.filter((x) => x.e.start === x.e.end).flatMap((x) => x.path.map((_, n) => x.path.slice(0, n)));
    const changed = changedOutside(a.docs[i], b.docs[i], located.map((x) => x.path), growable);
    if (changed) return `it would also change ${changed.line !== undefined ? `line ${lines.range({ start: changed.line, end: changed.line }).start.line + 1}` : 'another value'} (a value it is not about, e.g. an alias of the edited value or the next key)`;
  }
  return undefined;
}

/** The edit's span without the whitespace around the text it removes, so removing a whole line is located at its item. */
function trimmedSpan(text: string, e: TextEdit): Span {
  if (e.start === e.end) return e;
  let { start, end } = e;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start === end ? e : { start, end };
}

const inside = (r: readonly number[] | null | undefined, s: Span) =>
  !!r && (s.start === s.end ? r[0] < s.start && s.start < r[1] : r[0] <= s.start && s.end <= r[1]);

/**
 * The path of the deepest node that holds the whole span (a key's edit belongs to its map): the part of the
 * document the edit may change. Undefined when the span is outside this document.
 */
function locate(doc: Document.Parsed, span: Span): Path | undefined {
  const root = doc.contents as Node | null;
  if (!root?.range) return doc.range[0] <= span.start && span.end <= doc.range[2] ? [] : undefined;
  if (!inside(root.range, span) && !(root.range[0] === span.start && span.start === span.end)) {
    return doc.range[0] <= span.start && span.end <= doc.range[2] ? [] : undefined;
  }
  const path: Path = [];
  let node: Node = root;
  for (;;) {
    let next: Node | undefined;
    let step: string | number | undefined;
    if (isMap(node)) {
      for (const p of node.items) {
        const v = isPair(p) ? (p.value as Node | null) : null;
        if (v && inside(v.range, span)) {
          next = v;
          step = keyOf(p.key);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (inside((item as Node | null)?.range, span)) {
          next = item as Node;
          step = i;
        }
      });
    }
    if (!next || step === undefined) return path;
    path.push(step);
    node = next;
  }
}

function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

const MASK = Symbol('edited');

function toJs(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

/** Replaces the value at `path` by MASK (when it exists). */
function mask(value: unknown, path: Path): unknown {
  if (!path.length) return MASK;
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    if (typeof head !== 'number' || head >= value.length) return value;
    const copy = [...value];
    copy[head] = mask(copy[head], rest);
    return copy;
  }
  if (value instanceof Map) return value;
  const o = value as Record<string, unknown>;
  if (!(String(head) in o)) return value;
  return { ...o, [String(head)]: mask(o[String(head)], rest) };
}

/** The first place where the documents differ outside the masked paths; with the offset of that node in `a`. */
function changedOutside(a: Document.Parsed, b: Document.Parsed, masked: Path[], growable: Path[]): { line?: number } | undefined {
  let va = toJs(a);
  let vb = toJs(b);
  if (va === undefined) return undefined; // an alias bomb or the like: the check itself is refused elsewhere
  for (const p of masked) {
    va = mask(va, p);
    vb = mask(vb, p);
  }
  const grows = new Set(growable.map((p) => JSON.stringify(p)));
  const where = firstDifference(va, vb, [], grows);
  if (!where) return undefined;
  const node = nodeAt(a, where);
  return { line: node?.range?.[0] };
}

/** The first path where `a` and `b` differ; maps at a path in `grows` may gain keys. */
function firstDifference(a: unknown, b: unknown, path: Path, grows: Set<string>): Path | undefined {
  if (a === MASK || b === MASK) return a === b ? undefined : path;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return path;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], [...path, i], grows);
      if (d) return d;
    }
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    for (const k of ka) {
      if (!(k in (b as object))) return [...path, k];
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k], grows);
      if (d) return d;
    }
    return kb.some((k) => !(k in (a as object))) && !grows.has(JSON.stringify(path)) ? path : undefined;
  }
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime() ? undefined : path;
  return Object.is(a, b) ? undefined : path;
}

/** The node at a path (aliases are not followed: the alias itself is what changed). */
function nodeAt(doc: Document.Parsed, path: Path): Node | undefined {
  let node = doc.contents as Node | null;
  let last: Node | undefined = node ?? undefined;
  for (const step of path) {
    if (!node) break;
    if (isAlias(node)) break;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyOf(p.key) === String(step));
      node = (pair?.value as Node | null) ?? (pair?.key as Node | null) ?? null;
    } else if (isSeq(node) && typeof step === 'number') node = (node.items[step] as Node | null) ?? null;
    else break;
    if (node) last = node;
  }
  return last;
}

/** Offset of a comment in `before` that `after` lost, unless a fix's finding is that comment (an unused suppression). */
function lostComment(before: string, after: string, fixes: AppliedFix[]): number | undefined {
  return lostCommentIn(before, after, fixes, comments);
}

function lostCommentIn(before: string, after: string, fixes: AppliedFix[], comments: (text: string) => { offset: number; text: string }[] | undefined): number | undefined {
  const a = comments(before);
  const b = comments(after);
  if (!a || !b) return undefined;
  const left = new Map<string, number>();
  for (const c of b) left.set(c.text, (left.get(c.text) ?? 0) + 1);
  for (const c of a) {
    const n = left.get(c.text) ?? 0;
    if (n > 0) {
      left.set(c.text, n - 1);
      continue;
    }
    const named = fixes.some(({ finding }) => finding.span.start <= c.offset && c.offset < Math.max(finding.span.end, finding.span.start + 1));
    // an edit that is only about this comment (a host swap dropping or rewording its `# production`) means to change it
    const rewritten = fixes.some(({ fix }) => fix.edits.some((e) => e.start <= c.offset && c.offset < e.end && /^[ \t]*#/.test(before.slice(e.start, e.end)) && !/[\n]/.test(before.slice(e.start, e.end)) && (e.newText === '' || e.newText.startsWith('#'))));
    if (!named && !rewritten) return c.offset;
  }
  return undefined;
}

/** Every YAML comment's text (from `#` to the end of its line), with its offset. */
export function comments(text: string): { offset: number; text: string }[] | undefined {
  const starts = yamlCommentStarts(text);
  if (!starts) return undefined;
  return [...starts].sort((x, y) => x - y).map((offset) => {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    return { offset, text: text.slice(offset, end).trimEnd() };
  });
}
