// Parses YAML text into documents with exact ranges, and turns parser problems into plain data.
import { parseAllDocuments, isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node, type Scalar } from 'yaml';
import type { Span } from './types.js';
import { duplicateKeyOffsets } from './duplicateKeys.js';
import { isMergeKey, mergedJS } from './yamlAliases.js';

export interface YamlProblem {
  code: string;
  message: string;
  span: Span;
}

export interface ParsedYaml {
  docs: Document.Parsed[];
  problems: YamlProblem[];
}

/** Alias expansions allowed per document before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/**
 * A document as plain data, as a loader that applies YAML 1.1 merge keys builds it, or the problem that
 * stops it: an alias whose anchor is not defined before it (reported where it is), a merge key whose value
 * is not a map, or more alias expansions than MAX_ALIAS_COUNT (an alias bomb).
 */
export function documentValue(doc: Document.Parsed, whole: Span): { value?: unknown; problem?: YamlProblem } {
  try {
    return { value: mergedJS(doc, MAX_ALIAS_COUNT) };
  } catch (e) {
    const unresolved = firstUnresolvedAlias(doc);
    const badMerge = unresolved ? undefined : /^Merge sources/.test((e as Error).message) ? firstMergeKey(doc) : undefined;
    if (badMerge) {
      return { problem: { code: 'BAD_MERGE', message: 'Merge key `<<` takes a map, an alias of a map, or a list of them: a loader that applies merge keys refuses this document', span: badMerge } };
    }
    if (unresolved) {
      // the alias name is not quoted: it is text from the user's file
      return { problem: { code: 'UNRESOLVED_ALIAS', message: 'Unresolved alias: no anchor of that name is defined before it (an alias `*name` refers to an earlier `&name`)', span: unresolved } };
    }
    return { problem: { code: 'ALIAS_COUNT', message: `Too many alias expansions (more than ${MAX_ALIAS_COUNT}): possible alias bomb. ${(e as Error).message}`, span: whole } };
  }
}

function mergeable(doc: Document.Parsed, value: unknown): boolean {
  const of = (n: unknown) => (isAlias(n) ? n.resolve(doc) : n);
  const v = of(value);
  return isMap(v) || (isSeq(v) && v.items.every((i) => isMap(of(i))));
}

/** The first merge key whose value is not a map or a list of maps. */
function firstMergeKey(doc: Document.Parsed): Span | undefined {
  let found: Span | undefined;
  visit(doc, {
    Pair(_key, pair) {
      const r = (pair.key as Node | null)?.range;
      if (!isMergeKey(pair.key) || !r || mergeable(doc, pair.value)) return undefined;
      found = { start: r[0], end: r[1] };
      return visit.BREAK;
    },
  });
  return found;
}

function firstUnresolvedAlias(doc: Document.Parsed): Span | undefined {
  let found: Span | undefined;
  visit(doc, {
    Alias(_key, node: Alias) {
      if (node.resolve(doc) !== undefined || !node.range) return undefined;
      found = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * The parser options of every task-config parse (the incremental parser must use the same).
 * Duplicate keys are found by duplicateKeyOffsets (linear, also when a file has thousands of
 * duplicates), not by the package's `uniqueKeys` check (quadratic).
 * logLevel 'error': the library's own warnings ("Keys with collection values will be stringified …") quote the
 * document; they must never reach stderr or the server's log through process.emitWarning.
 */
export const YAML_OPTIONS = Object.freeze({ prettyErrors: false, uniqueKeys: false, logLevel: 'error' as const });

export function parseYaml(text: string): ParsedYaml {
  const problems: YamlProblem[] = [];
  let docs: Document.Parsed[] = [];
  try {
    docs = parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[];
    if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  } catch (e) {
    // deep nesting can exhaust the stack: report it instead of crashing
    problems.push({ code: 'PARSE_FAILED', message: `YAML could not be parsed: ${(e as Error).message}`, span: { start: 0, end: 0 } });
    return { docs: [], problems };
  }
  for (const doc of docs) {
    for (const err of doc.errors) problems.push(toProblem(text, err.code, err.message, err.pos));
    for (const at of duplicateKeyOffsets(doc)) problems.push(toProblem(text, 'DUPLICATE_KEY', 'Map keys must be unique', [at, at + 1]));
    for (const w of doc.warnings) problems.push(toProblem(text, w.code, w.message, w.pos));
  }
  return { docs, problems };
}

function toProblem(text: string, code: string, message: string, pos: [number, number]): YamlProblem {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  let { 0: start, 1: end } = pos;
  if (code === 'DUPLICATE_KEY') end = keyEnd(text, start);
  if (end <= start) end = Math.min(text.length, start + 1);
  return { code, message: first, span: { start, end } };
}

/** End of the key token at `start` (duplicate-key errors point at one character). */
function keyEnd(text: string, start: number): number {
  let i = start;
  const q = text[i];
  if (q === '"' || q === "'") {
    i++;
    while (i < text.length && text[i] !== q && text[i] !== '\n') i++;
    return Math.min(text.length, i + 1);
  }
  while (i < text.length && text[i] !== ':' && text[i] !== '\n') i++;
  while (i > start && /\s/.test(text[i - 1])) i--;
  return i;
}

/** The span of a node's value (without trailing comments). */
export function nodeSpan(node: Node | null | undefined): Span | undefined {
  if (!node || !node.range) return undefined;
  return { start: node.range[0], end: node.range[1] };
}

/** The span of a scalar's text inside its quotes (for replacing a host without touching quoting). */
export function scalarInnerSpan(node: Scalar, text?: string): Span {
  const [start, end] = node.range!;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return { start: start + 1, end: end - 1 };
  if (text !== undefined && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) return blockContentSpan(text, start, end) ?? { start, end };
  return { start, end };
}

/**
 * The one content line of a block scalar (`- |` then `api.example.com`), trimmed: replacing it keeps the header
 * and the line breaks, so the next key stays a key. Undefined when the content has several lines.
 */
function blockContentSpan(text: string, start: number, end: number): Span | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return undefined;
  let found: Span | undefined;
  let lineStart = headerEnd + 1;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    let a = lineStart;
    let b = lineEnd;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (a < b) {
      if (found) return undefined;
      found = { start: a, end: b };
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

export function scalarString(node: unknown): string | undefined {
  if (isScalar(node) && node.value !== null && node.value !== undefined && typeof node.value !== 'object') {
    return String(node.value);
  }
  return undefined;
}

/** Limits that keep hostile input from hanging or crashing the parser. */
export const LIMITS = {
  /** larger files are reported, not parsed: task configs are small */
  maxBytes: 2 * 1024 * 1024,
  /** block nesting column (indentation plus compact `- ` indicators): the yaml package builds regexes from it */
  maxIndent: 1000,
  /** `[`/`{` nesting depth */
  maxFlowDepth: 1000,
};

/** Cheap pre-parse checks; returns a problem that makes parsing unsafe, if any. */
export function preflight(text: string): YamlProblem | undefined {
  if (text.length > LIMITS.maxBytes) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return { code: 'TOO_LARGE', message: `File is too large to check (${mb} MB; the limit is ${LIMITS.maxBytes / 1024 / 1024} MB). Task configs are small: split it.`, span: { start: 0, end: 0 } };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { code: 'BINARY', message: 'File looks binary (it contains a NUL byte); it was not checked.', span: { start: 0, end: 0 } };
  const indent = /^[ \t]*(?:[-?:][ \t]+)*/gm;
  let m: RegExpExecArray | null;
  while ((m = indent.exec(text))) {
    if (m[0].length > LIMITS.maxIndent) {
      return { code: 'TOO_DEEP', message: `Nesting is too deep (column ${m[0].length}; the limit is ${LIMITS.maxIndent}); the file was not checked.`, span: { start: m.index, end: m.index + m[0].length } };
    }
    if (m[0].length === 0) indent.lastIndex++;
  }
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > LIMITS.maxFlowDepth) {
        return { code: 'TOO_DEEP', message: `Nesting is too deep (more than ${LIMITS.maxFlowDepth} levels of [ or {); the file was not checked.`, span: { start: i, end: i + 1 } };
      }
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}
