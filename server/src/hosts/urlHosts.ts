// Hosts in URLs and endpoint values, with their exact spans in the text as written.
// A URL can reach a different host depending on who parses it: the agent's HTTP client follows the
// WHATWG URL standard (`https:\\a.com\@b.com` goes to a.com), older libraries split the authority at
// the first `/` and the last or first `@`. Every host any of them would reach is returned, so an
// evasion that hides a production host from one parser is still seen through another.
// Linear character scans only (values can be hostile 100 KB lines); `new URL` only on short host texts.

/** One host as written: `raw` is the host text at `start` (brackets kept for IPv6). */
export interface RawHost {
  raw: string;
  start: number;
  /** written as a URL (a scheme, or `//`) rather than a bare host */
  url: boolean;
}

/** Schemes the WHATWG parser treats as "special": `\` separates like `/`, and slashes after `:` are optional. */
export const SPECIAL_SCHEME = /^(?:https?|wss?|ftp):/i;
/** Any `scheme://` (non-special schemes need the slashes to have a host at all). */
const SCHEME_SLASHES = /^[a-z][a-z0-9+.-]*:\/\//i;

const isSlash = (c: string) => c === '/' || c === '\\';

/** Host text of the authority that starts at `from` and ends before any character of `stops`. */
function authorityHost(t: string, from: number, stops: string, at: 'last' | 'first'): { start: number; end: number } | undefined {
  let end = from;
  while (end < t.length && !stops.includes(t[end])) end++;
  const a = at === 'last' ? t.lastIndexOf('@', end - 1) : t.indexOf('@', from);
  let start = a >= from && a < end ? a + 1 : from;
  if (at === 'first' && a < from) return undefined;
  let hostEnd = start;
  if (t[start] === '[') {
    const close = t.indexOf(']', start);
    if (close < 0 || close >= end) return undefined;
    hostEnd = close + 1;
  } else while (hostEnd < end && t[hostEnd] !== ':' && !(at === 'first' && t[hostEnd] === '@')) hostEnd++;
  return hostEnd > start ? { start, end: hostEnd } : undefined;
}

/**
 * Every host a common URL parser reaches in one token (no whitespace inside), first the WHATWG host.
 * Undefined when the token is not written as a URL (see `bareHostIn` for plain host text).
 */
export function urlHostsIn(t: string): { start: number; end: number }[] | undefined {
  const out: { start: number; end: number }[] = [];
  const add = (s: { start: number; end: number } | undefined) => {
    if (s && !out.some((o) => o.start === s.start && o.end === s.end)) out.push(s);
  };
  // naive: the authority runs to the first `/`, `?` or `#`; userinfo ends at its last `@` (or, for some, its first)
  const naive = (from: number) => {
    add(authorityHost(t, from, '/?#', 'last'));
    const first = authorityHost(t, from, '/?#', 'first');
    if (first && t.slice(first.start, first.end).includes('.')) add(first);
  };
  const special = SPECIAL_SCHEME.exec(t);
  const slashes = SCHEME_SLASHES.exec(t);
  if (special || (!slashes && t.length > 1 && isSlash(t[0]) && isSlash(t[1]))) {
    // WHATWG: after a special scheme (or `//` resolved against an http base) any run of `/` and `\` is skipped
    let i = special ? special[0].length : 0;
    while (i < t.length && isSlash(t[i])) i++;
    add(authorityHost(t, i, '/\\?#', 'last'));
    // `//host` resolved by a naive parser splits only at `/`
    if (!slashes && !special) naive(2);
  }
  if (slashes) naive(slashes[0].length);
  return special || slashes || out.length ? out : undefined;
}

/** The span of the first host in a URL, or of the host in entry text (`user@host:port/path`). */
export function hostSpanIn(t: string): { start: number; end: number } | undefined {
  const url = urlHostsIn(t);
  return url ? url[0] : authorityHost(t, 0, '/?#', 'last');
}

/** A bare host needs a dot and an alphabetic top-level label: not `1.5`, not `v2`. */
const BARE_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]\.?$/i;

/** The host at the start of plain host text (`host`, `host:8443/path`), or undefined. */
export function bareHostIn(t: string): { start: number; end: number } | undefined {
  let end = 0;
  while (end < t.length && !':/?#'.includes(t[end])) end++;
  return BARE_HOST.test(t.slice(0, end)) ? { start: 0, end } : undefined;
}

const MAX_VALUE = 4096;

/** Hosts in one endpoint value: URLs, `host`, `host:8443/path`, comma or space separated, templates skipped. */
export function hostsInValue(value: string): RawHost[] {
  const out: RawHost[] = [];
  if (value.length > MAX_VALUE || value.includes('${') || value.includes('{{')) return out;
  const token = /[^\s,;]+/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(value))) {
    const t = m[0];
    const spans = urlHostsIn(t);
    if (spans) {
      const found = spans.map((s) => ({ raw: t.slice(s.start, s.end), start: m!.index + s.start, url: true }));
      // a host text no parser can resolve (`a.com\b`) counts only when nothing else was found
      const usable = found.filter((h) => canonicalHost(h.raw) !== undefined);
      out.push(...(usable.length ? usable : found.slice(0, 1)));
      continue;
    }
    const bare = bareHostIn(t);
    if (bare) out.push({ raw: t.slice(bare.start, bare.end), start: m.index, url: false });
  }
  return out;
}

/** The host reported for a found host text: the WHATWG reading, else the text as written (lowercase, no trailing dot). */
export function reportedHost(raw: string): string {
  return canonicalHost(raw) ?? stripDot(raw.toLowerCase());
}

const FAST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?$/i;
const NUMERIC_LAST = /(?:^|\.)(?:\d+|0x[0-9a-f]*)\.?$/i;
const canon = new Map<string, string | undefined>();

/**
 * The host a WHATWG parser makes of host text: lowercase, percent-decoded, IDNA (punycode), IPv4 in
 * dotted decimal (`0xa9fea9fe` is 169.254.169.254), IPv6 compressed without brackets, no trailing dot.
 * Undefined when the parser rejects it.
 */
export function canonicalHost(raw: string): string | undefined {
  if (raw.length === 0 || raw.length > 1024) return undefined;
  if (FAST.test(raw) && !NUMERIC_LAST.test(raw)) return stripDot(raw.toLowerCase());
  if (canon.has(raw)) return canon.get(raw);
  let host: string | undefined;
  // delimiters would make the parser read a different host than the one written
  if (!/[/\\?#@\s]/.test(raw) && (raw.startsWith('[') || !raw.includes(':'))) {
    try {
      host = new URL(`http://${raw}/`).hostname;
    } catch {
      host = undefined;
    }
  }
  if (host !== undefined) host = stripDot(host.startsWith('[') ? host.slice(1, -1) : host) || undefined;
  if (canon.size >= 10_000) canon.clear();
  canon.set(raw, host);
  return host;
}

function stripDot(h: string): string {
  return h.length > 1 && h.endsWith('.') ? h.slice(0, -1) : h;
}

const isSchemeChar = (c: string) => /[a-z0-9+.-]/i.test(c);

/** Where a URL starts in a token (`--url=https://x` -> 6): its scheme before `://`, else the first `//`. */
function urlStart(t: string): number {
  const sep = t.indexOf('://');
  if (sep < 0) return t.indexOf('//');
  let i = sep;
  while (i > 0 && isSchemeChar(t[i - 1])) i--;
  while (i < sep && !/[a-z]/i.test(t[i])) i++;
  return i < sep ? i : sep + 1;
}

/**
 * Hosts of the URLs written in free text (a shell script, a command line): only tokens written as URLs
 * (`https://…`, `//…`), never bare words, which in a script are file and package names. Spans are relative to
 * `text`; quotes, parentheses and shell separators end a token. Linear: one scan, per-token parsing.
 */
export function urlHostsInText(text: string): RawHost[] {
  const out: RawHost[] = [];
  const token = /[^\s'"`<>(){}|;,]+/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(text))) {
    const t = m[0];
    if (t.length > MAX_VALUE || !t.includes('//')) continue;
    const at = urlStart(t);
    const spans = urlHostsIn(t.slice(at));
    if (!spans) continue;
    const found = spans.map((s) => ({ raw: t.slice(at + s.start, at + s.end), start: m!.index + at + s.start, url: true }));
    const usable = found.filter((h) => canonicalHost(h.raw) !== undefined);
    out.push(...(usable.length ? usable : found.slice(0, 1)));
  }
  return out;
}
