// Scans raw text (so comments count) for the catalog's secret patterns, one line at a time.
// Keyword prefilter: each keyword is searched once over the whole lowercased text; a pattern's
// regex only runs on the lines that contain one of its keywords, so most lines never run a regex.
import type { CatalogIndex } from '../catalog/catalog.js';
import type { Span } from '../engine/types.js';
import { compilePatterns, keyMode, type CompiledPattern, type KeyMode } from './patterns.js';

export interface SecretMatch {
  /** span of the secret itself (the pattern's capture group when it has one) */
  span: Span;
  /** the secret text: never print it, use redact() */
  secret: string;
  pattern: CompiledPattern;
  /** other patterns that matched the same secret */
  alsoMatched: string[];
  mode: KeyMode;
}

/**
 * Lines longer than this are scanned in overlapping windows. Every catalog pattern is linear on a
 * line (bounded repeats after a literal prefix), but windows keep the worst case of a hostile
 * multi-megabyte line proportional to its length whatever a future catalog adds.
 */
export const SCAN_WINDOW = 4_096;
const WINDOW_OVERLAP = 512;

interface LineRef {
  start: number;
  end: number;
}

/** Line [start, end) around an offset (end excludes the line break). */
function lineAt(text: string, offset: number): LineRef {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}

/** Trailing delimiters some patterns capture (`[ "'\r\n]{1}`). */
function trimSecret(text: string, start: number, end: number): Span {
  while (end > start && /[\s"'`;]/.test(text[end - 1])) end--;
  while (start < end && /[\s"'`]/.test(text[start])) start++;
  return { start, end };
}

function runPattern(p: CompiledPattern, text: string, from: number, to: number, out: SecretMatch[]): void {
  const line = text.slice(from, to);
  const re = p.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    // group 1 is the secret in keyword-window patterns; in others it is only a prefix alternative
    const g = m.indices?.[1];
    const useGroup = g && m[1] !== undefined && m[1].length >= 12;
    const [s, e] = useGroup ? g : m.indices![0];
    const span = trimSecret(text, from + s, from + e);
    if (span.end <= span.start) continue;
    const secret = text.slice(span.start, span.end);
    out.push({ span, secret, pattern: p, alsoMatched: [], mode: keyMode(p, secret) });
  }
}

/** Every secret-pattern match in the text, merged so one secret yields one match. */
export function scanSecrets(text: string, catalog: CatalogIndex): SecretMatch[] {
  const { patterns } = compilePatterns(catalog);
  const lower = text.toLowerCase();
  // keyword -> line starts containing it
  const linesByKeyword = new Map<string, Map<number, LineRef>>();
  for (const p of patterns) {
    for (const k of p.keywords) {
      if (linesByKeyword.has(k)) continue;
      const found = new Map<number, LineRef>();
      let i = lower.indexOf(k);
      while (i >= 0) {
        const line = lineAt(text, i);
        found.set(line.start, line);
        i = lower.indexOf(k, Math.max(line.end, i + 1));
      }
      linesByKeyword.set(k, found);
    }
  }
  const raw: SecretMatch[] = [];
  for (const p of patterns) {
    const lines = new Map<number, LineRef>();
    for (const k of p.keywords) for (const [s, l] of linesByKeyword.get(k)!) lines.set(s, l);
    for (const l of lines.values()) {
      if (l.end - l.start <= SCAN_WINDOW) runPattern(p, text, l.start, l.end, raw);
      else {
        for (let w = l.start; w < l.end; w += SCAN_WINDOW - WINDOW_OVERLAP) runPattern(p, text, w, Math.min(l.end, w + SCAN_WINDOW), raw);
      }
    }
  }
  return mergeMatches(text, raw);
}

const MODE_RANK: Record<KeyMode, number> = { live: 2, unknown: 1, test: 0 };

/** Overlapping matches are one secret: keep the most specific (live first, then verified, then longest). */
function mergeMatches(text: string, raw: SecretMatch[]): SecretMatch[] {
  raw.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: SecretMatch[] = [];
  for (const m of raw) {
    const last = out[out.length - 1];
    if (last && m.span.start < last.span.end) {
      const better =
        MODE_RANK[m.mode] - MODE_RANK[last.mode] ||
        Number(m.pattern.confidence === 'verified-in-docs') - Number(last.pattern.confidence === 'verified-in-docs') ||
        m.span.end - m.span.start - (last.span.end - last.span.start);
      const names = new Set([...last.alsoMatched, last.pattern.id, ...m.alsoMatched, m.pattern.id]);
      const keep = better > 0 ? m : last;
      names.delete(keep.pattern.id);
      const span = { start: Math.min(last.span.start, m.span.start), end: Math.max(last.span.end, m.span.end) };
      out[out.length - 1] = { ...keep, span, secret: text.slice(span.start, span.end), alsoMatched: [...names] };
    } else out.push(m);
  }
  return out;
}
