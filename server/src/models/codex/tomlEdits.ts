// Format-preserving TOML edits on toml-eslint-parser nodes: a key or string replaced in its own quoting
// (a key that is not a bare key gets quotes: `api.example.com` bare would be three nested tables), a
// key/value line or a list element removed with its separator. Comments and layout stay as they are.
import type { Span, TextEdit } from '../../core/types.js';
import type { AST } from './toml.js';

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

/** A TOML basic string (JSON's escapes are TOML's, `\uXXXX` included). */
export function basicString(s: string): string {
  return JSON.stringify(s);
}

function literalOk(s: string): boolean {
  return !/['\n\r]/.test(s);
}

/** `s` as a key written like `node`: bare stays bare when it can, a literal key stays literal when it can. */
export function keyText(s: string, node: AST.TOMLBare | AST.TOMLQuoted): string {
  if (node.type === 'TOMLBare') return BARE_KEY.test(s) ? s : basicString(s);
  return node.style === 'literal' && literalOk(s) ? `'${s}'` : basicString(s);
}

/** `s` as a string value written like `node` (basic or literal, one line). */
export function stringText(s: string, node: AST.TOMLStringValue): string {
  return node.style === 'literal' && literalOk(s) ? `'${s}'` : basicString(s);
}

/** Replaces a value with the string `s`, in the quoting of the string it replaces (basic for other values). */
export function replaceWithString(node: AST.TOMLContentNode, s: string): TextEdit {
  const text = node.type === 'TOMLValue' && node.kind === 'string' && !node.multiline ? stringText(s, node) : basicString(s);
  return replaceNode(node, text);
}

export function replaceNode(node: { range: [number, number] }, newText: string): TextEdit {
  return { start: node.range[0], end: node.range[1], newText };
}

/** The span inside a string's or quoted key's quotes (the whole token for a bare key). */
export function innerSpan(node: AST.TOMLBare | AST.TOMLQuoted | AST.TOMLStringValue): Span {
  const [start, end] = node.range;
  if (node.type === 'TOMLBare') return { start, end };
  const q = node.type === 'TOMLValue' && node.multiline ? 3 : 1;
  return { start: start + q, end: end - q };
}

function lineStartOf(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl + 1;
}

function lineEndOf(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

/** After `end`: only an optional `,`, blanks and a comment up to the line break. */
function restOfLineIsTrivia(text: string, end: number): boolean {
  const stop = text.indexOf('\n', end);
  const rest = text.slice(end, stop < 0 ? text.length : stop).trim();
  return rest === '' || rest === ',' || rest.startsWith('#') || (rest.startsWith(',') && rest.slice(1).trim().startsWith('#'));
}

/** Removes the whole line(s) of `span` when nothing else sits on them, else undefined. */
function wholeLines(text: string, span: Span): TextEdit | undefined {
  const start = lineStartOf(text, span.start);
  if (text.slice(start, span.start).trim() !== '' || !restOfLineIsTrivia(text, span.end)) return undefined;
  return { start, end: lineEndOf(text, span.end), newText: '' };
}

/** Removes item `i` of a list (array elements, inline-table pairs) with one separator. */
export function removeListItem(text: string, items: Span[], i: number): TextEdit {
  const item = items[i];
  const line = wholeLines(text, item);
  if (line) return line;
  if (i + 1 < items.length) return { start: item.start, end: items[i + 1].start, newText: '' };
  if (i > 0) return { start: items[i - 1].end, end: item.end, newText: '' };
  let end = item.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === ',') end++;
  return { start: item.start, end, newText: '' };
}

const span = (n: { range: [number, number] }): Span => ({ start: n.range[0], end: n.range[1] });

/** Removes a key/value pair: its line in a table, or the pair with its comma in an inline table. */
export function removeKeyValue(text: string, kv: AST.TOMLKeyValue): TextEdit {
  const parent = kv.parent;
  if (parent.type === 'TOMLInlineTable') return removeListItem(text, parent.body.map(span), parent.body.indexOf(kv));
  return wholeLines(text, span(kv)) ?? { start: kv.range[0], end: kv.range[1], newText: '' };
}

/** Removes one array element with its comma (its line when it stands alone). */
export function removeArrayElement(text: string, array: AST.TOMLArray, element: AST.TOMLContentNode): TextEdit {
  return removeListItem(text, array.elements.map(span), array.elements.indexOf(element));
}

/** Inserts `line` (no newline) as the first line of a table's body (after its header line), or at the end of the text. */
export function insertLineAfter(text: string, at: number, line: string): TextEdit {
  const end = lineEndOf(text, at);
  const needsNl = end === text.length && !text.endsWith('\n');
  return { start: end, end, newText: `${needsNl ? '\n' : ''}${line}\n` };
}
