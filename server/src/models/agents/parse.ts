// Markdown -> a flat model of AGENTS.md with exact source offsets (mdast positions), built in one walk.
// Rules read this model; nothing else walks the mdast tree.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Root } from 'mdast';
import type { Span } from '../../core/types.js';
import { boundMarkdown, type Degraded } from './bound.js';

export interface MdHeading {
  depth: number;
  /** heading text without `#` and inline markup */
  text: string;
  span: Span;
  /** where the section under this heading ends (next heading of the same or a higher level, or EOF) */
  sectionEnd: number;
}

export interface MdListItem {
  span: Span;
  /** the marker as written: `-`, `*`, `+`, `1.`, `1)` */
  marker: string;
  ordered: boolean;
  /** column of the marker (indent) */
  indent: string;
  /** number for ordered items */
  number?: number;
}

/** A block of prose the agent reads as one instruction: a paragraph (in a list item, a quote or at top level) or a heading. */
export interface MdUnit {
  span: Span;
  kind: 'paragraph' | 'heading';
  /** the list item this paragraph opens, if any */
  item?: MdListItem;
}

export interface MdCode {
  kind: 'fenced' | 'inline';
  /** span of the code content (without fences/backticks) */
  span: Span;
  lang?: string;
}

export interface MdLink {
  url: string;
  /** span of the whole link (or definition) */
  span: Span;
  /** a reference definition (`[x]: https://…`): outside any paragraph */
  definition?: boolean;
}

export interface AgentsMarkdown {
  text: string;
  headings: MdHeading[];
  units: MdUnit[];
  items: MdListItem[];
  code: MdCode[];
  links: MdLink[];
  /** html comments and blocks (suppressions live here) */
  html: Span[];
  /** YAML front matter (`---` … `---` at the very start): metadata, not Markdown */
  frontMatter?: Span;
  /** parts whose Markdown structure was not parsed in full (hostile nesting or marker floods) */
  degraded: Degraded[];
}

const FRONT_MATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const spanOf = (n: Nodes): Span => ({ start: n.position?.start.offset ?? 0, end: n.position?.end.offset ?? 0 });

/** Plain text of inline children (for heading text). */
function plain(n: Nodes): string {
  if ('value' in n && typeof n.value === 'string') return n.value;
  if ('children' in n) return (n.children as Nodes[]).map(plain).join('');
  return '';
}

function listMarker(text: string, start: number): { marker: string; indent: string; number?: number } {
  let i = start;
  while (i < text.length && /[0-9]/.test(text[i])) i++;
  let indentStart = start;
  while (indentStart > 0 && (text[indentStart - 1] === ' ' || text[indentStart - 1] === '\t')) indentStart--;
  const indent = text.slice(indentStart, start);
  if (i > start) return { marker: text.slice(start, i + 1), indent, number: Number(text.slice(start, i)) };
  return { marker: text[start] ?? '-', indent };
}

export function parseAgentsMarkdown(text: string): AgentsMarkdown {
  // front matter would parse as a thematic break and a setext heading: blank it (offsets kept) before parsing
  const fm = FRONT_MATTER.exec(text);
  const bounded = boundMarkdown(fm ? fm[0].replace(/[^\r\n]/g, ' ') + text.slice(fm[0].length) : text);
  const md: AgentsMarkdown = { text, headings: [], units: [], items: [], code: [], links: [], html: [], frontMatter: fm ? { start: 0, end: fm[0].length } : undefined, degraded: bounded.degraded };
  try {
    walkTree(text, fromMarkdown(bounded.text), md);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    // a shape the bounds missed exhausted the stack: a line model instead of no findings at all
    Object.assign(md, lineModel(text), { frontMatter: md.frontMatter });
    md.degraded = [{ span: { start: 0, end: text.length }, why: 'failed', count: 0 }];
  }
  sections(md);
  return md;
}

/** Headings (ATX) and paragraphs (runs of non-blank lines) from lines alone. */
/** A heading's text without its closing sequence of `#`s and blanks. */
function headingText(rest: string): string {
  let end = rest.length;
  while (end > 0 && ' \t#\r'.includes(rest[end - 1])) end--;
  return rest.slice(0, end).trim();
}

function lineModel(text: string): Pick<AgentsMarkdown, 'headings' | 'units' | 'items' | 'code' | 'links' | 'html'> {
  const m: ReturnType<typeof lineModel> = { headings: [], units: [], items: [], code: [], links: [], html: [] };
  let para: Span | undefined;
  for (let at = 0; at <= text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, nl);
    // an ATX heading: the marker by regex, the text by a scan (a regex for the text with its closing #s backtracks)
    const h = /^ {0,3}(#{1,6})(?=[ \t]|\r?$)/.exec(line);
    if (h || !line.trim()) {
      if (para) m.units.push({ span: para, kind: 'paragraph' });
      para = undefined;
    }
    if (h) {
      const span = { start: at, end: nl };
      m.headings.push({ depth: h[1].length, text: headingText(line.slice(h[0].length)), span, sectionEnd: text.length });
      m.units.push({ span, kind: 'heading' });
    } else if (line.trim()) {
      const start = at + (line.length - line.trimStart().length);
      para = para ? { start: para.start, end: nl } : { start, end: nl };
    }
    at = nl + 1;
  }
  if (para) m.units.push({ span: para, kind: 'paragraph' });
  return m;
}

function walkTree(text: string, root: Root, md: AgentsMarkdown): void {
  const walk = (n: Nodes, item?: MdListItem): void => {
    switch (n.type) {
      case 'heading': {
        const span = spanOf(n);
        md.headings.push({ depth: n.depth, text: plain(n).trim(), span, sectionEnd: text.length });
        md.units.push({ span, kind: 'heading' });
        break;
      }
      case 'paragraph':
        md.units.push({ span: spanOf(n), kind: 'paragraph', item });
        item = undefined;
        break;
      case 'listItem': {
        const span = spanOf(n);
        const m = listMarker(text, span.start);
        const li: MdListItem = { span, marker: m.marker, ordered: m.number !== undefined, indent: m.indent, number: m.number };
        md.items.push(li);
        // only the item's first paragraph is "the item"; later ones are continuation prose
        let first = true;
        for (const c of n.children) {
          walk(c, first && c.type === 'paragraph' ? li : undefined);
          if (c.type === 'paragraph') first = false;
        }
        return;
      }
      case 'code': {
        const s = spanOf(n);
        // content starts after the opening fence line, ends before the closing fence
        const open = text.indexOf('\n', s.start);
        const contentStart = open < 0 || open >= s.end ? s.end : open + 1;
        let contentEnd = s.end;
        const fence = text.slice(s.start, s.start + 3);
        if (fence === '```' || fence === '~~~') {
          const lastNl = text.lastIndexOf('\n', s.end - 1);
          if (lastNl >= contentStart) contentEnd = lastNl;
          md.code.push({ kind: 'fenced', span: { start: contentStart, end: Math.max(contentStart, contentEnd) }, lang: n.lang ?? undefined });
        } else md.code.push({ kind: 'fenced', span: s, lang: undefined });
        return;
      }
      case 'inlineCode': {
        const s = spanOf(n);
        let a = s.start;
        let b = s.end;
        while (a < b && text[a] === '`') a++;
        while (b > a && text[b - 1] === '`') b--;
        md.code.push({ kind: 'inline', span: { start: a, end: b } });
        return;
      }
      case 'link':
      case 'definition':
        md.links.push({ url: n.url, span: spanOf(n), definition: n.type === 'definition' || undefined });
        break;
      case 'html':
        md.html.push(spanOf(n));
        return;
      default:
        break;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c, item);
  };
  walk(root);
}

/** A heading's section runs to the next heading of the same or a higher level; units and code in order. */
function sections(md: AgentsMarkdown): void {
  const hs = md.headings;
  for (let i = 0; i < hs.length; i++) {
    for (let j = i + 1; j < hs.length; j++) {
      if (hs[j].depth <= hs[i].depth) {
        hs[i].sectionEnd = hs[j].span.start;
        break;
      }
    }
  }
  md.units.sort((a, b) => a.span.start - b.span.start);
  md.code.sort((a, b) => a.span.start - b.span.start);
}
