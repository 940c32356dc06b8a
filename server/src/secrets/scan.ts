// Scans raw text (so comments count) for the catalog's secret patterns, one line at a time.
// Keyword prefilter: each keyword is searched once over the whole lowercased text; a pattern's
// regex only runs on the lines that contain one of its keywords, so most lines never run a regex.
import type { CatalogIndex } from '../catalog/catalog.js';
import type { Span } from '../core/types.js';
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
    const g = m.indices?.[p.group ?? 1];
    const useGroup = g && (p.group !== undefined || (m[1] !== undefined && m[1].length >= 12));
    const [s, e] = useGroup ? g! : m.indices![0];
    const span = trimSecret(text, from + s, from + e);
    if (span.end <= span.start) continue;
    const secret = text.slice(span.start, span.end);
    if (p.ignore?.(secret)) continue;
    out.push({ span, secret, pattern: p, alsoMatched: [], mode: keyMode(p, secret) });
  }
}

/** Every secret-pattern match in the text, merged so one secret yields one match. */
export function scanSecrets(text: string, catalog: CatalogIndex): SecretMatch[] {
  const { keywordRe, patternsByKeyword } = compilePatterns(catalog);
  const raw: SecretMatch[] = [];
  // one pass: keyword hits arrive in order, so each line is delimited once and its patterns run once
  let lineStart = -1;
  let lineEnd = -1;
  let todo = new Set<CompiledPattern>();
  const flush = () => {
    for (const p of todo) runLine(p, text, lineStart, lineEnd, raw);
    todo = new Set();
  };
  const re = keywordRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    if (at >= lineEnd) {
      flush();
      lineStart = text.lastIndexOf('\n', at - 1) + 1;
      lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = text.length;
      if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    }
    for (const p of patternsByKeyword.get(m[0].toLowerCase()) ?? []) todo.add(p);
    // next position, not the match end: a shorter keyword may start inside this one
    re.lastIndex = at + 1;
  }
  flush();
  return mergeMatches(text, raw);
}

/** Runs a pattern over a line, in overlapping windows when the line is very long. */
function runLine(p: CompiledPattern, text: string, start: number, end: number, out: SecretMatch[]): void {
  if (end - start <= SCAN_WINDOW) return runPattern(p, text, start, end, out);
  for (let w = start; w < end; w += SCAN_WINDOW - WINDOW_OVERLAP) runPattern(p, text, w, Math.min(end, w + SCAN_WINDOW), out);
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
