// Fix edits for the JSON settings rules: a value set, a key added or removed, with jsonc-parser's `modify`
// (format-preserving: comments and the rest of the layout are kept; indentation follows the file's).
import { modify, parseTree, type JSONPath } from 'jsonc-parser';
import { nodeAt, removeElementEdits } from '../../models/claude/jsonc.js';
import type { Span, TextEdit } from '../../core/types.js';
import type { SettingsContext } from '../../models/settings/context.js';
import type { SettingsValue } from '../../models/settings/model.js';

/** The file's indentation (the first indented line), so an inserted key looks like its neighbours. */
function formatting(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const m = /\n([ \t]+)\S/.exec(text);
  const indent = m?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/**
 * How `modify` lays out what it writes: the file's indentation where the object that receives it spans several
 * lines; none (`"key": value` inline) inside a one-line object, which formatting would otherwise re-wrap whole.
 */
function layoutFor(text: string, path: JSONPath): { formattingOptions?: ReturnType<typeof formatting> } {
  const root = parseTree(text, [], { allowTrailingComma: true });
  let n = root;
  for (let i = 0; i < path.length && n; i++) {
    const next = nodeAt(n, [path[i]]);
    if (!next || (next.type !== 'object' && next.type !== 'array')) break;
    n = next;
  }
  if (n && !text.slice(n.offset, n.offset + n.length).includes('\n')) return {};
  return { formattingOptions: formatting(text) };
}

const toEdits = (edits: { offset: number; length: number; content: string }[]): TextEdit[] => edits.map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content }));

/** Edits that set (or, with `undefined`, remove) the value at a path, creating objects on the way. */
export function setValueEdits(text: string, path: JSONPath, value: unknown): TextEdit[] {
  const layout = layoutFor(text, path);
  const edits = toEdits(modify(text, path, value, layout));
  return layout.formattingOptions ? edits : edits.map((e) => ({ ...e, newText: inline(e.newText, value) }));
}

/** `{ "a": 1, "b": [2] }`: JSON on one line with the spacing people write, for one-line objects. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `[${value.map(inlineJson).join(', ')}]` : '[]';
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** modify's unformatted insertion (`,"key": {"a":1}`) with inline spacing (`, "key": { "a": 1 }`). */
function inline(newText: string, value: unknown): string {
  if (value === undefined) return newText;
  const raw = JSON.stringify(value);
  const at = newText.lastIndexOf(raw);
  if (at < 0) return newText;
  const before = newText.slice(0, at).replace(/^,(?=\S)/, ', ');
  return `${before}${inlineJson(value)}${newText.slice(at + raw.length)}`;
}

/** Edits that append a value to the array at `path`. */
export function appendEdits(text: string, path: JSONPath, value: unknown, length: number): TextEdit[] {
  const arr = nodeAt(parseTree(text, [], { allowTrailingComma: true }), path);
  const last = arr?.type === 'array' ? arr.children?.[arr.children.length - 1] : undefined;
  if (!last) {
    const layout = layoutFor(text, path);
    const edits = toEdits(modify(text, [...path, length], value, { ...layout, isArrayInsertion: true }));
    return layout.formattingOptions ? edits : edits.map((e) => ({ ...e, newText: inline(e.newText, value) }));
  }
  // after the last element, with its indentation on a line of its own: the elements there keep their layout
  const end = last.offset + last.length;
  let lineStart = last.offset;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  const ownLine = lineStart === 0 || text[lineStart - 1] === '\n';
  const sep = ownLine ? `,${text.includes('\r\n') ? '\r\n' : '\n'}${text.slice(lineStart, last.offset)}` : ', ';
  return [{ start: end, end, newText: `${sep}${inlineJson(value)}` }];
}

/**
 * Where a finding about a key path goes: the value when the key is there, else the key of the nearest object
 * on the path that exists (`"sandbox"` for a missing `sandbox.enabled`), else the file's first character.
 */
export function spanFor(ctx: SettingsContext, path: (string | number)[]): Span {
  for (let n = path.length; n > 0; n--) {
    const v = ctx.model.get(path.slice(0, n));
    if (v) return n === path.length ? innerSpan(v) : (v.keySpan ?? v.span);
  }
  const first = ctx.text.search(/\S/);
  return first < 0 ? { start: 0, end: 0 } : { start: first, end: first + 1 };
}

/** A value's span; a string's without its quotes (where host findings sit too). */
export function innerSpan(v: SettingsValue): Span {
  return typeof v.value === 'string' && v.span.end - v.span.start >= 2 ? { start: v.span.start + 1, end: v.span.end - 1 } : v.span;
}

/** The value at a path when it is exactly `true`. */
export function isTrue(ctx: SettingsContext, path: string[]): boolean {
  return ctx.model.get(path)?.value === true;
}

/** Edits that remove the array element or the property at a path (its comma and line with it; a trailing comment stays). */
export function removeAtEdits(text: string, path: (string | number)[]): TextEdit[] {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const n = nodeAt(root, path);
  if (!n) return [];
  return removeElementEdits(text, n.parent?.type === 'property' ? n.parent : n);
}
