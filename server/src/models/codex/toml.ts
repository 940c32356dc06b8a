// TOML text into toml-eslint-parser's AST (exact ranges, comments), with the one syntax problem it
// reports (duplicate keys and tables included), read as TOML 1.1 (newer Codex builds accept its
// multi-line inline tables; a stricter reading would report files Codex loads). Nesting is bounded before parsing: the parser recurses
// per `[` / `{`, and a deeply nested value would overflow the stack after seconds of work.
import { parseTOML, ParseError, type AST } from 'toml-eslint-parser';
import type { Span } from '../../core/types.js';

export type { AST };

export const MAX_TOML_NESTING = 64;

export interface TomlProblem {
  message: string;
  span: Span;
}

export interface ParsedToml {
  ast?: AST.TOMLProgram;
  problem?: TomlProblem;
}

/** Offset of the first `[` / `{` nested deeper than MAX_TOML_NESTING (outside strings and comments), or -1. Linear. */
export function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      i += close.length;
      while (i < text.length) {
        if (c === '"' && text[i] === '\\') i += 2;
        else if (text.startsWith(close, i)) break;
        else if (!triple && text[i] === '\n') break;
        else i++;
      }
      if (triple) i += 2;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_TOML_NESTING) return i;
    } else if (c === ']' || c === '}') {
      if (depth > 0) depth--;
    }
  }
  return -1;
}

/** The span of the token at an error offset: a key, a value or one character (never empty when the text is not). */
function tokenSpan(text: string, at: number): Span {
  const start = Math.max(0, Math.min(at, text.length));
  let end = start;
  while (end < text.length && !/[\s=\]\[,{}#]/.test(text[end])) end++;
  if (end === start && start < text.length && text[start] !== '\n' && text[start] !== '\r') end = start + 1;
  if (end > start) return { start, end };
  // at a line end (an unterminated string, a missing value): the last character written before it
  let back = start;
  while (back > 0 && /\s/.test(text[back - 1])) back--;
  return back > 0 ? { start: back - 1, end: back } : { start, end };
}

const DUPLICATE = 'Defining a key multiple times is invalid';

export function parseToml(text: string): ParsedToml {
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    return { problem: { message: `Arrays, inline tables or table headers are nested more than ${MAX_TOML_NESTING} levels deep here: the file was not parsed further. No agent config needs this; it is unsafe input.`, span: { start: deep, end: deep + 1 } } };
  }
  try {
    return { ast: parseTOML(text, { tomlVersion: '1.1' }) };
  } catch (e) {
    if (e instanceof ParseError) {
      const duplicate = e.message === DUPLICATE;
      const message = duplicate
        ? 'A key or table is defined twice, which TOML forbids: Codex refuses the whole file, so none of its settings apply. Remove or merge the duplicate.'
        : `${e.message.replace(/\.$/, '')}: Codex refuses a config that is not valid TOML.`;
      return { problem: { message, span: tokenSpan(text, e.index) } };
    }
    if (e instanceof RangeError) return { problem: { message: 'The file is too deeply nested to parse: it was not checked further.', span: { start: 0, end: Math.min(1, text.length) } } };
    throw e;
  }
}
