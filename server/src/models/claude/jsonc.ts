// The one JSONC reader of the JSON settings formats (Claude Code, sandbox-runtime): jsonc-parser's tree with
// exact offsets, syntax errors and duplicate keys as problems with ranges, and bounded input (size and depth
// are checked with the linear scanner before the recursive parser runs). Lookups follow JSON.parse: the last
// of duplicate keys wins.
import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Span, TextEdit } from '../../core/types.js';
import { LIMITS } from '../../core/yamlSource.js';
import type { SettingsProblem, SettingsValue } from '../settings/model.js';

/** `[`/`{` nesting deeper than this is refused before parsing (settings files nest a few levels). */
export const MAX_JSON_DEPTH = 256;

export interface JsoncDoc {
  text: string;
  /** undefined when the text is empty or was refused (too large, too deep) */
  root?: Node;
  problems: SettingsProblem[];
}

/** jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read). */
export const TOKEN = { OpenBrace: 1, CloseBrace: 2, OpenBracket: 3, CloseBracket: 4, Comma: 5, String: 10, LineComment: 12, BlockComment: 13, EOF: 17 } as const;

const ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name (in double quotes) is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing `}` is expected',
  CloseBracketExpected: 'a closing `]` is expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is not finished',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/** Size and depth checks with the scanner (linear, no recursion): a problem when the text must not be parsed. */
function refuse(text: string): SettingsProblem | undefined {
  if (text.length > LIMITS.maxBytes) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return { message: `File is too large to check (${mb} MB; the limit is ${LIMITS.maxBytes / 1024 / 1024} MB): settings files are small. It was not checked.`, span: { start: 0, end: 0 } };
  }
  // one pass over the characters: strings and comments skipped, brackets counted (the scanner would cost a second parse)
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // a string: to its closing quote (an unclosed one ends at the line end, as the parser reads it)
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34 || d === 10) break;
      }
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) {
        return { message: `Nesting is too deep (more than ${MAX_JSON_DEPTH} levels of [ or {): settings files nest a few levels. The file was not checked.`, span: { start: i, end: i + 1 } };
      }
    } else if ((c === 125 || c === 93) && depth > 0) depth--;
  }
  return undefined;
}

export function readJsonc(text: string): JsoncDoc {
  const refused = refuse(text);
  if (refused) return { text, problems: [refused] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const problems: SettingsProblem[] = errors.map((e) => {
    const code = printParseErrorCode(e.error);
    const end = Math.min(text.length, e.offset + Math.max(e.length, 1));
    return { message: `JSON syntax error: ${ERROR_TEXT[code] ?? code}. The product refuses or ignores an invalid settings file, and the rest of it is only checked as far as it parses.`, span: { start: Math.min(e.offset, text.length), end } };
  });
  if (root) duplicateKeys(text, root, problems);
  if (root && root.type !== 'object' && !errors.length) {
    problems.push({ message: 'The settings file must be a JSON object (`{ … }`): the product ignores anything else.', span: { start: root.offset, end: root.offset + root.length } });
  }
  return { text, root, problems };
}

/** Every key that repeats an earlier key of its object (iterative: the depth is bounded anyway). */
function duplicateKeys(text: string, root: Node, problems: SettingsProblem[]): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'object') {
      const seen = new Map<string, Node>();
      for (const prop of n.children ?? []) {
        const key = prop.children?.[0];
        if (!key || typeof key.value !== 'string') continue;
        const first = seen.get(key.value);
        if (first) {
          problems.push({
            message: `Duplicate key \`${shortKey(key.value)}\`: JSON readers keep only the last one, so the earlier value (line ${lineOf(text, first.offset)}) is ignored. Remove or merge the duplicate.`,
            span: { start: key.offset, end: key.offset + key.length },
          });
        }
        seen.set(key.value, key);
      }
    }
    for (const c of n.children ?? []) if (c.type === 'object' || c.type === 'array' || c.type === 'property') stack.push(c);
  }
  problems.sort((a, b) => a.span.start - b.span.start);
}

function shortKey(k: string): string {
  return k.length > 60 ? `${k.slice(0, 57)}…` : k;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The property node of `key` in an object node: the last one, as JSON.parse keeps. */
export function propertyOf(obj: Node | undefined, key: string): Node | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  let hit: Node | undefined;
  for (const p of obj.children ?? []) if (p.children?.[0]?.value === key) hit = p;
  return hit;
}

/** The value node at a path of keys and array indexes. */
export function nodeAt(root: Node | undefined, path: (string | number)[]): Node | undefined {
  let n = root;
  for (const seg of path) {
    if (!n) return undefined;
    if (typeof seg === 'number') n = n.type === 'array' ? n.children?.[seg] : undefined;
    else n = propertyOf(n, seg)?.children?.[1];
  }
  return n;
}

export function spanOf(n: Node): Span {
  return { start: n.offset, end: n.offset + n.length };
}

/** A node's plain value (recursive: the depth was bounded before parsing). A `__proto__` key is an own property, as in JSON.parse. */
export function plainValue(n: Node): unknown {
  switch (n.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of n.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v && typeof k.value === 'string') Object.defineProperty(o, k.value, { value: plainValue(v), enumerable: true, writable: true, configurable: true });
      }
      return o;
    }
    case 'array':
      return (n.children ?? []).map(plainValue);
    default:
      return n.value;
  }
}

export function settingsValue(n: Node): SettingsValue {
  const key = n.parent?.type === 'property' ? n.parent.children?.[0] : undefined;
  return { value: plainValue(n), span: spanOf(n), keySpan: key && key !== n ? spanOf(key) : undefined };
}

/**
 * The span of a string node's content (inside the quotes) and whether offsets inside it map one to one
 * onto the value (no escapes): only then can a part of the string be replaced in place.
 */
export function stringInner(text: string, n: Node): { span: Span; exact: boolean } {
  const span = { start: n.offset + 1, end: n.offset + n.length - 1 };
  return { span, exact: text.slice(span.start, span.end) === n.value };
}

/** A JSON string literal's content for a value: what goes between the quotes. */
export function jsonStringContent(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** The offset of the comma token between `from` and `to` (comments skipped), or -1. */
function commaBetween(text: string, from: number, to: number): number {
  const scanner = createScanner(text.slice(from, to), true);
  for (let k = scanner.scan(); k !== TOKEN.EOF; k = scanner.scan()) if (k === TOKEN.Comma) return from + scanner.getTokenOffset();
  return -1;
}

/**
 * Removes an array element (or an object property) and keeps the JSON valid and the layout as it was: the
 * element and the comma after it go; the last element takes the comma before it instead. An element on its
 * own line takes its line, except a trailing comment (an owner, a ticket), which stays where the element was.
 */
export function removeElementEdits(text: string, n: Node): TextEdit[] {
  const parent = n.parent;
  const siblings = parent?.children ?? [n];
  const i = siblings.indexOf(n);
  const next = siblings[i + 1];
  const prev = siblings[i - 1];
  const end = n.offset + n.length;
  const containerEnd = parent ? parent.offset + parent.length - 1 : text.length;
  const commaAfter = commaBetween(text, end, next ? next.offset : containerEnd);
  const edits: TextEdit[] = [];
  let cut = commaAfter >= 0 ? commaAfter + 1 : end;
  if (commaAfter < 0 && prev) {
    const commaBefore = commaBetween(text, prev.offset + prev.length, n.offset);
    // `["a", "b"]` loses `, "b"`; with a line break or a comment between, the comma and the element go apart
    if (commaBefore >= 0 && /^[ \t]*$/.test(text.slice(commaBefore + 1, n.offset))) return [{ start: commaBefore, end, newText: '' }];
    if (commaBefore >= 0) edits.push({ start: commaBefore, end: commaBefore + 1, newText: '' });
  }
  while (isBlank(text[cut])) cut++;
  let lineStart = n.offset;
  while (lineStart > 0 && isBlank(text[lineStart - 1])) lineStart--;
  const ownLine = lineStart === 0 || text[lineStart - 1] === '\n';
  const eol = text[cut] === '\r' && text[cut + 1] === '\n' ? 2 : text[cut] === '\n' ? 1 : 0;
  if (ownLine && (eol || cut === text.length)) edits.push({ start: lineStart, end: cut + eol, newText: '' });
  else edits.push({ start: n.offset, end: cut, newText: '' });
  return edits.sort((a, b) => a.start - b.start);
}
