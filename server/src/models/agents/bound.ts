// Bounds what the Markdown parser sees. micromark / mdast-util-from-markdown are superlinear on some
// shapes: deep container nesting (a 500-level list took 4.6 s, a 5,000-deep quote overflowed our tree
// walk) and paragraphs with very many inline markers (`*a` × 100,000: 390 s; 2 MB of `[`: 33 s). One
// line scan finds both and neutralises them with a same-length substitute, so every offset stays true:
// - container prefixes (indentation, `>`, list markers) past MAX_PREFIX columns become plain text;
// - in a paragraph with more than MAX_INLINE_MARKERS inline markers (`*` `_` `[` `]` `` ` `` `<`),
//   the markers become plain text: its words are still checked as prose, its links and code spans are not.
// Each such part is returned so that the check can say which part it checked in a degraded way.
import type { Span } from '../../core/types.js';

/** Columns of container prefix kept (about 24 levels of 2-space lists or of `> ` quotes). */
export const MAX_PREFIX = 48;
/** Inline markers one paragraph may hold before its inline Markdown is not parsed. */
export const MAX_INLINE_MARKERS = 2000;

export interface Degraded {
  span: Span;
  why: 'nesting' | 'inline' | 'failed' | 'text-only';
  /** lines affected (nesting) or markers in the paragraph (inline) */
  count: number;
}

export interface BoundedMarkdown {
  /** the text to parse: same length as the input, same offsets */
  text: string;
  degraded: Degraded[];
}

/** Plain text that is neither whitespace (a blank line stays a line of text) nor Markdown syntax. */
const NEUTRAL = '\u00a0';
const PREFIX = /(?:[ \t]|>|[-*+](?=[ \t\r\n]|$)|\d{1,9}[.)](?=[ \t\r\n]|$))*/y;
const FENCE = /(`{3,}|~{3,})/y;
const isMarker = (c: number) => c === 42 || c === 95 || c === 91 || c === 93 || c === 96 || c === 60; // * _ [ ] ` <

/** The text with over-deep prefixes and marker-flooded paragraphs neutralised (same offsets). */
export function boundMarkdown(text: string): BoundedMarkdown {
  const degraded: Degraded[] = [];
  let out: string[] | undefined; // chars, only once something changes
  const put = (i: number) => {
    out ??= text.split('');
    out[i] = NEUTRAL;
  };
  let fence: string | undefined;
  let nesting: Degraded | undefined;
  // the paragraph being read: where its content starts, its lines' content spans, its markers
  let para: { start: number; end: number; markers: number; lines: Span[] } | undefined;
  const endPara = () => {
    if (para && para.markers > MAX_INLINE_MARKERS) {
      for (const l of para.lines) for (let i = l.start; i < l.end; i++) if (isMarker(text.charCodeAt(i))) put(i);
      degraded.push({ span: { start: para.start, end: para.end }, why: 'inline', count: para.markers });
    }
    para = undefined;
  };
  for (let at = 0; at <= text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    PREFIX.lastIndex = at;
    PREFIX.exec(text);
    const prefixEnd = PREFIX.lastIndex;
    if (prefixEnd - at > MAX_PREFIX) {
      for (let i = at + MAX_PREFIX; i < prefixEnd; i++) put(i);
      if (nesting && nesting.span.end + 1 >= at) {
        nesting.span.end = nl;
        nesting.count++;
      } else degraded.push((nesting = { span: { start: at, end: nl }, why: 'nesting', count: 1 }));
    }
    const content = Math.min(prefixEnd, at + MAX_PREFIX);
    let c = content;
    while (c < nl && (text[c] === ' ' || text[c] === '\t')) c++;
    FENCE.lastIndex = c;
    const f = c - content <= 3 ? FENCE.exec(text)?.[1] : undefined;
    if (fence !== undefined) {
      if (f && f[0] === fence[0] && f.length >= fence.length) fence = undefined;
    } else if (f) {
      endPara();
      fence = f;
    } else {
      const blank = c >= nl || (c === nl - 1 && text[c] === '\r');
      const item = /[-*+\d]/.test(text.slice(at, prefixEnd)); // a list item starts a block (a `>` may continue one)
      if (blank || item || text[c] === '#') endPara();
      if (!blank) {
        para ??= { start: c, end: nl, markers: 0, lines: [] };
        para.end = nl;
        para.lines.push({ start: c, end: nl });
        for (let i = c; i < nl; i++) if (isMarker(text.charCodeAt(i))) para.markers++;
        if (text[c] === '#') endPara(); // a heading is one line
      }
    }
    at = nl + 1;
  }
  endPara();
  degraded.sort((a, b) => a.span.start - b.span.start);
  return { text: out ? out.join('') : text, degraded };
}
