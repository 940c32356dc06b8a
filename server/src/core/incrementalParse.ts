// Incremental YAML parsing for the editor: a task config is a map of top-level blocks (`network:`,
// `credentials:`, `env:` …), and an edit touches one of them. Each block is parsed on its own and
// cached by its text; unchanged blocks are reused (their node ranges shifted when text before them
// grew or shrank) and stitched into one document. Anything this cannot reproduce exactly — parser
// errors or warnings, anchors/aliases, directives, several documents, duplicate or unusual top-level
// keys, tabs or flow at column 0 — falls back to the plain full parse. The language server passes a
// ParseCache per open document; the CLI never does. test/engine/incrementalParse.test.ts checks
// the result against a fresh parse and check after hundreds of random edits.
import { Document, isAlias, isCollection, isMap, isPair, isScalar, parseAllDocuments, YAMLMap, type Pair } from 'yaml';
import { parseYaml, YAML_OPTIONS, type ParsedYaml } from './yamlSource.js';
import { duplicateKeyOffsets } from './duplicateKeys.js';

interface Block {
  /** offset the ranges of `pair` currently refer to */
  offset: number;
  pairs: Pair[];
  /** their keys (plain strings) */
  keys: string[];
  /** every range array in the block, shifted together */
  ranges: number[][];
  mapRange: [number, number, number];
  docRange: [number, number, number];
  docComment: string | null;
  docCommentBefore: string | null;
  mapComment: string | null | undefined;
}

/** Per-document cache of parsed top-level blocks (keep one per open document). */
export class ParseCache {
  blocks = new Map<string, Block>();
  /** how many checks reused blocks / fell back (for tests and the benchmark) */
  stats = { incremental: 0, full: 0 };
}

/** Parses like parseYaml, reusing the cached blocks of unchanged top-level keys. */
export function parseYamlCached(text: string, cache: ParseCache): ParsedYaml {
  const starts = blockStarts(text);
  if (!starts || starts.length < 2) return full(text, cache);
  const next = new Map<string, Block>();
  const keys = new Set<string>();
  const pairs: Pair[] = [];
  let first: Block | undefined;
  let last: Block | undefined;
  for (let i = 0; i < starts.length; i++) {
    const offset = starts[i];
    const isLast = i + 1 === starts.length;
    const source = text.slice(offset, isLast ? text.length : starts[i + 1]);
    const block = next.has(source) ? undefined : (cache.blocks.get(source) ?? parseBlock(source, offset, i === 0));
    if (!block) return full(text, cache);
    // comments at the end of a block belong across the boundary in a full parse
    if (!isLast && (block.docComment || block.mapComment)) return full(text, cache);
    if (block.offset !== offset) shift(block, offset);
    for (const key of block.keys) {
      if (keys.has(key)) return full(text, cache); // a duplicate key is the full parser's error to report
      keys.add(key);
    }
    next.set(source, block);
    pairs.push(...block.pairs);
    first ??= block;
    last = block;
  }
  cache.blocks = next;
  cache.stats.incremental++;
  return { docs: [stitch(pairs, first!, last!)], problems: [] };
}

function full(text: string, cache: ParseCache): ParsedYaml {
  cache.blocks.clear();
  cache.stats.full++;
  return parseYaml(text);
}

const isKeyStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Offsets where blocks start (the first at 0, with any leading comments), or undefined when a line at
 * column 0 is anything but a plain key, a comment, a blank line or a `- ` item. A key line right after
 * a comment line (blank lines aside) stays in the previous block: the parser attaches such comments
 * across the boundary (to the previous block's last node or to the key), so they are parsed together.
 */
function blockStarts(text: string): number[] | undefined {
  if (/\r(?!\n)/.test(text)) return undefined;
  const starts: number[] = [0];
  let seenKey = false;
  let afterComment = false;
  for (let at = 0; at < text.length; ) {
    const c = text.charCodeAt(at);
    if (isKeyStart(c)) {
      if (seenKey && !afterComment) starts.push(at);
      seenKey = true;
    } else if (c === 45 /* - */) {
      const n = text.charCodeAt(at + 1);
      if (!(n === 32 || n === 10 || n === 13 || Number.isNaN(n))) return undefined; // `---`, `-x`
    } else if (!(c === 32 || c === 10 || c === 13 || c === 35 /* # */)) return undefined;
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    let i = at;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const first = i < end ? text.charCodeAt(i) : 10;
    if (first === 35) afterComment = true;
    else if (first !== 10 && first !== 13) afterComment = false;
    if (nl < 0) break;
    at = nl + 1;
  }
  return seenKey ? starts : undefined;
}

/** Parses one block; undefined unless it is a clean block map of plain keys. */
function parseBlock(source: string, offset: number, isFirst: boolean): Block | undefined {
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(source, YAML_OPTIONS) as Document.Parsed[];
  } catch {
    return undefined;
  }
  if (!Array.isArray(docs) || docs.length !== 1) return undefined;
  const doc = docs[0];
  if (doc.errors.length || doc.warnings.length || doc.directives.docStart || duplicateKeyOffsets(doc).length) return undefined;
  const map = doc.contents;
  if (!isMap(map) || map.flow || map.tag || map.anchor || !map.items.length) return undefined;
  const keys: string[] = [];
  const ranges = new Set<number[]>();
  for (const pair of map.items) {
    const key = pair.key;
    if (!isPair(pair) || !isScalar(key) || key.type !== 'PLAIN' || typeof key.value !== 'string' || key.tag || key.anchor || !key.range) return undefined;
    if (source.slice(key.range[0], key.range[1]) !== key.value) return undefined;
    keys.push(key.value);
    if (!collectRanges(pair, ranges)) return undefined;
  }
  if (!isFirst && (map.items[0].key as { range: number[] }).range[0] !== 0) return undefined;
  const block: Block = {
    offset: 0,
    pairs: map.items as Pair[],
    keys,
    ranges: [...ranges],
    mapRange: [...map.range],
    docRange: [...doc.range],
    docComment: doc.comment,
    docCommentBefore: doc.commentBefore,
    mapComment: map.comment,
  };
  shift(block, offset);
  return block;
}

/** Collects the range arrays of every node; false when an anchor or alias makes the block depend on others. */
function collectRanges(node: unknown, out: Set<number[]>): boolean {
  if (isPair(node)) return collectRanges(node.key, out) && collectRanges(node.value, out);
  if (node === null || node === undefined) return true;
  if (isAlias(node)) return false;
  if (!isScalar(node) && !isCollection(node)) return false;
  if (node.anchor) return false;
  if (node.range) out.add(node.range);
  if (isCollection(node)) for (const item of node.items) if (!collectRanges(item, out)) return false;
  return true;
}

function shift(block: Block, offset: number): void {
  const d = offset - block.offset;
  if (d) {
    for (const r of block.ranges) {
      r[0] += d;
      r[1] += d;
      r[2] += d;
    }
    for (const r of [block.mapRange, block.docRange]) {
      r[0] += d;
      r[1] += d;
      r[2] += d;
    }
  }
  block.offset = offset;
}

/** One document holding every block's pair, with the ranges and comments a full parse gives. */
function stitch(pairs: Pair[], first: Block, last: Block): Document.Parsed {
  const doc = new Document(undefined, YAML_OPTIONS) as Document.Parsed;
  const map = new YAMLMap(doc.schema);
  map.items = pairs;
  map.range = [first.mapRange[0], last.mapRange[1], last.mapRange[2]];
  doc.contents = map as unknown as Document.Parsed['contents'];
  if (last.mapComment) map.comment = last.mapComment;
  doc.range = [first.docRange[0], map.range[2], last.docRange[2]];
  doc.commentBefore = first.docCommentBefore;
  doc.comment = last.docComment;
  return doc;
}
