// Where the cursor is in a YAML document, robust to half-typed and invalid YAML: an indentation-based
// reading of the lines above the cursor (never a full parse, so it stays fast on 10,000-line files).

/** A path segment: a mapping key, or '[]' for "an item of the sequence". */
export type Segment = string;

export interface LineElement {
  kind: 'dash' | 'key' | 'scalar';
  col: number;
  /** key text (unquoted) or scalar text */
  text?: string;
  /** for keys: the text after the colon (trimmed, comment removed) */
  value?: string;
  /** end column of the key or scalar token */
  end?: number;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=[ \t]|$)/;

/** Structure never needs more of a line than this; a cap keeps the regexes below linear on hostile input. */
const MAX_LINE = 2000;

/** Splits a line into its structural elements: sequence dashes, then a key or a scalar. */
export function lineElements(raw: string): LineElement[] {
  const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
  const out: LineElement[] = [];
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  if (i >= line.length || line[i] === '#') return out;
  if (line.startsWith('---', i) || line.startsWith('...', i)) return [{ kind: 'scalar', col: i, text: line.slice(i, i + 3) }];
  for (;;) {
    if (line[i] === '-' && (i + 1 >= line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      out.push({ kind: 'dash', col: i });
      i++;
      while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
      continue;
    }
    break;
  }
  if (i >= line.length || line[i] === '#') return out;
  const rest = line.slice(i);
  const m = KEY.exec(rest);
  if (m) {
    let value = rest.slice(m[0].length + 1);
    const hash = value.search(/(^|[ \t])#/);
    if (hash >= 0) value = value.slice(0, hash);
    out.push({ kind: 'key', col: i, text: unquote(m[1].trimEnd()), value: value.trim(), end: i + m[1].trimEnd().length });
  } else {
    const hash = rest.search(/[ \t]#/);
    const text = (hash >= 0 ? rest.slice(0, hash) : rest).trimEnd();
    out.push({ kind: 'scalar', col: i, text, end: i + text.length });
  }
  return out;
}

function unquote(k: string): string {
  if (k.length >= 2 && k[0] === '"' && k.endsWith('"')) return k.slice(1, -1).replace(/\\(.)/g, '$1');
  if (k.length >= 2 && k[0] === "'" && k.endsWith("'")) return k.slice(1, -1).replace(/''/g, "'");
  return k;
}

const isBlockScalar = (value: string | undefined) => !!value && /^[|>][-+0-9]*$/.test(value);

/** Reads lines on demand (a TextDocument or a string). */
export type LineSource = (line: number) => string;

export class PathResolver {
  private readonly cache = new Map<number, LineElement[]>();
  /** `undefined` result = the position is inside a block scalar or otherwise not structural */
  constructor(private readonly lineAt: LineSource) {}

  elements(line: number): LineElement[] {
    let e = this.cache.get(line);
    if (!e) this.cache.set(line, (e = lineElements(this.lineAt(line))));
    return e;
  }

  /** Path of the mapping that holds a key written at (line, col). */
  mapOfKey(line: number, col: number): Segment[] | undefined {
    const own = this.elements(line).filter((e) => e.col < col);
    const dash = own.filter((e) => e.kind === 'dash').pop();
    if (dash) return this.appendItem(this.seqOfItem(line, dash.col));
    return this.search(line - 1, col, false);
  }

  /** Path of the sequence that holds an item whose dash is at (line, col). */
  seqOfItem(line: number, col: number): Segment[] | undefined {
    const own = this.elements(line).filter((e) => e.kind === 'dash' && e.col < col);
    if (own.length) return this.appendItem(this.seqOfItem(line, own[own.length - 1].col));
    return this.search(line - 1, col, true);
  }

  private appendItem(p: Segment[] | undefined): Segment[] | undefined {
    return p ? [...p, '[]'] : undefined;
  }

  /** Walks up from `from` to the parent of something at column `col` (a key, or a dash when `item`). */
  private search(from: number, col: number, item: boolean): Segment[] | undefined {
    for (let i = from; i >= 0; i--) {
      const els = this.elements(i);
      if (!els.length) continue;
      if (els[0].kind === 'scalar' && (els[0].text === '---' || els[0].text === '...')) return [];
      // candidates: elements left of col; for an item also a key at col (a compact `key:\n- item`)
      const cands = els.filter((e) => e.col < col || (item && e.col === col && e.kind === 'key'));
      if (!cands.length) continue;
      const c = cands[cands.length - 1];
      if (c.kind === 'dash') return this.appendItem(this.seqOfItem(i, c.col));
      if (c.kind === 'key') {
        if (isBlockScalar(c.value)) return undefined;
        // `key: value` followed by deeper lines is half-typed YAML (or a multi-line scalar): still the parent
        const parent = this.mapOfKey(i, c.col);
        return parent ? [...parent, c.text ?? ''] : undefined;
      }
      return undefined; // a scalar line left of us: we are inside a multi-line scalar
    }
    return [];
  }
}

export interface CursorContext {
  /**
   * key: typing a key of the map at `path`;
   * value: typing the value of key `key` in the map at `path`;
   * item: typing an item of the sequence at `path` (block `- x` or flow `[a, x`)
   */
  kind: 'key' | 'value' | 'item';
  path: Segment[];
  key?: string;
  /** text typed so far of the current token, and its start column */
  prefix: string;
  prefixStart: number;
  /** indentation (column) where a new key at this level starts */
  indent: number;
}

/** The completion context at (line, character). */
export function cursorContext(lineAt: LineSource, line: number, character: number): CursorContext | undefined {
  const text = lineAt(line);
  const before = text.slice(0, character);
  if (/(^|[ \t])#/.test(before)) return undefined; // in a comment
  const r = new PathResolver((l) => (l === line ? before : lineAt(l)));
  const els = lineElements(before);
  const dashes = els.filter((e) => e.kind === 'dash');
  const last = els[els.length - 1];
  if (!last || last.kind === 'dash') {
    // empty line, or `- ` with nothing after it
    if (last) {
      const path = r.seqOfItem(line, last.col);
      return path && { kind: 'item', path, prefix: '', prefixStart: character, indent: last.col + 2 };
    }
    const path = r.mapOfKey(line, before.length);
    return path && { kind: 'key', path, prefix: '', prefixStart: character, indent: before.length };
  }
  if (last.kind === 'key') {
    const map = r.mapOfKey(line, last.col);
    if (!map) return undefined;
    const raw = before.slice(before.indexOf(':', last.end ?? last.col) + 1);
    const value = raw.trimStart();
    const valueStart = character - value.length;
    if (value.startsWith('[')) {
      const cut = Math.max(value.lastIndexOf(','), value.lastIndexOf('['));
      const tail = value.slice(cut + 1);
      const prefix = stripQuote(tail.trimStart());
      return { kind: 'item', path: [...map, last.text ?? ''], prefix, prefixStart: character - prefix.length, indent: last.col };
    }
    if (value.startsWith('{') || isBlockScalar(value)) return undefined;
    const prefix = stripQuote(value);
    return { kind: 'value', path: map, key: last.text, prefix, prefixStart: valueStart + (value.length - prefix.length), indent: last.col };
  }
  // a scalar being typed: an item when after a dash, else a key
  const prefix = stripQuote(last.text ?? '');
  const prefixStart = character - prefix.length;
  if (dashes.length) {
    const path = r.seqOfItem(line, dashes[dashes.length - 1].col);
    return path && { kind: 'item', path, prefix, prefixStart, indent: last.col };
  }
  const path = r.mapOfKey(line, last.col);
  return path && { kind: 'key', path, prefix, prefixStart, indent: last.col };
}

function stripQuote(s: string): string {
  return s.startsWith('"') || s.startsWith("'") ? s.slice(1) : s;
}

/** The token under the cursor for hovers: a key (with the path of its map) or a scalar value. */
export interface HoverTarget {
  kind: 'key' | 'value' | 'item';
  path: Segment[];
  key?: string;
  text: string;
  start: number;
  end: number;
}

export function hoverTarget(lineAt: LineSource, line: number, character: number): HoverTarget | undefined {
  const text = lineAt(line);
  const r = new PathResolver(lineAt);
  const els = lineElements(text);
  const key = els.find((e) => e.kind === 'key');
  const dash = els.filter((e) => e.kind === 'dash').pop();
  if (key && key.end !== undefined && character >= key.col && character <= key.end) {
    const path = r.mapOfKey(line, key.col);
    return path && { kind: 'key', path, key: key.text, text: key.text ?? '', start: key.col, end: key.end };
  }
  // a scalar token: find its extent on the line
  const tok = tokenAt(text, character);
  if (!tok) return undefined;
  if (key && tok.start > (key.end ?? 0)) {
    const path = r.mapOfKey(line, key.col);
    const inFlow = (key.value ?? '').startsWith('[');
    return path && { kind: inFlow ? 'item' : 'value', path: inFlow ? [...path, key.text ?? ''] : path, key: key.text, ...tok };
  }
  const scalar = els.find((e) => e.kind === 'scalar');
  if (dash && scalar && tok.start >= scalar.col) {
    const path = r.seqOfItem(line, dash.col);
    return path && { kind: 'item', path, ...tok };
  }
  return undefined;
}

/** The run of non-space, non-quote, non-flow characters around `character`. */
export function tokenAt(text: string, character: number): { text: string; start: number; end: number } | undefined {
  const stop = (c: string | undefined) => c === undefined || /[\s"',[\]{}#]/.test(c);
  let start = character;
  while (start > 0 && character - start < MAX_LINE && !stop(text[start - 1])) start--;
  let end = character;
  while (end < text.length && end - character < MAX_LINE && !stop(text[end])) end++;
  if (end <= start) return undefined;
  return { text: text.slice(start, end), start, end };
}
