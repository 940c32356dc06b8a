// The one host module's front: an allowlist entry as written turned into the bare host the egress
// proxy matches (and what had to be stripped), and `hostOf`/`hostAt` for every other caller, with the
// few options where callers truly differ. URL scanning lives in urlHosts.ts.
// Linear character scans only: entries can be hostile 100 KB lines.
import { domainToASCII } from 'node:url';
import { bareHostIn, canonicalHost, hostSpanIn, SPECIAL_SCHEME, urlHostsIn } from './urlHosts.js';

export type HostIssue =
  | 'whitespace'
  | 'scheme'
  | 'userinfo'
  | 'path'
  | 'query'
  | 'fragment'
  | 'port'
  | 'brackets'
  | 'uppercase'
  | 'trailing-dot'
  | 'non-ascii';

export interface NormalizedHost {
  /** the bare lowercase host (best effort when `invalid` is set); wildcards keep their `*` */
  host: string;
  /** what was stripped or rewritten to get `host` */
  issues: HostIssue[];
  /** why `host` is still not a usable host name (then no replacement is offered) */
  invalid?: string;
  /** contains `*` */
  wildcard: boolean;
  /** starts with `.`: a suffix match in many proxies (like `*.x.y`) */
  leadingDot: boolean;
}

export const MAX_HOST_LENGTH = 253;

const ISSUE_TEXT: Record<HostIssue, string> = {
  whitespace: 'surrounding whitespace',
  scheme: 'a URL scheme',
  userinfo: 'userinfo (credentials before `@`)',
  path: 'a path',
  query: 'a query string',
  fragment: 'a fragment',
  port: 'a port',
  brackets: 'IPv6 brackets',
  uppercase: 'uppercase letters',
  'trailing-dot': 'a trailing dot',
  'non-ascii': 'non-ASCII characters',
};

/** "a URL scheme, a path and a port" */
export function describeIssues(issues: HostIssue[]): string {
  const t = issues.map((i) => ISSUE_TEXT[i]);
  return t.length <= 1 ? (t[0] ?? '') : `${t.slice(0, -1).join(', ')} and ${t[t.length - 1]}`;
}

function isSchemeChar(c: number, first: boolean): boolean {
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 122) return true;
  if (first) return false;
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

function hasWhitespace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) return true;
  }
  return false;
}

function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

const normalized = new Map<string, NormalizedHost>();

/** Normalizes one entry. Never throws. Memoized: every check asks again for the same entries (read the result, never change it). */
export function normalizeHostEntry(raw: string): NormalizedHost {
  let n = normalized.get(raw);
  if (!n) {
    n = normalizeUncached(raw);
    if (normalized.size >= 10_000) normalized.clear();
    normalized.set(raw, n);
  }
  return n;
}

function normalizeUncached(raw: string): NormalizedHost {
  const issues: HostIssue[] = [];
  let s = raw.trim();
  if (s !== raw) issues.push('whitespace');

  // scheme: `https://`, or a protocol-relative `//`; after a web scheme the WHATWG parser skips any
  // run of `/` and `\` (`https:host`, `https:\\host`) and ends the authority at `\` as at `/`
  const special = SPECIAL_SCHEME.exec(s);
  const sep = s.indexOf('://');
  let backslash = false;
  if (special) {
    let i = special[0].length;
    while (i < s.length && (s[i] === '/' || s[i] === '\\')) i++;
    s = s.slice(i);
    issues.push('scheme');
    backslash = true;
  } else if (sep > 0) {
    let ok = true;
    for (let i = 0; i < sep && ok; i++) ok = isSchemeChar(s.charCodeAt(i), i === 0);
    if (ok) {
      s = s.slice(sep + 3);
      issues.push('scheme');
    }
  } else if (s.startsWith('//')) {
    s = s.slice(2);
    issues.push('scheme');
  }

  // the authority ends at the first `/`, `?` or `#`
  let end = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '/' || c === '?' || c === '#' || (backslash && c === '\\')) {
      end = i;
      break;
    }
  }
  if (end < s.length) {
    const rest = s.slice(end);
    const q = rest.indexOf('?');
    const h = rest.indexOf('#');
    if (rest[0] === '/' || rest[0] === '\\') issues.push('path');
    if (q >= 0 && (h < 0 || q < h)) issues.push('query');
    if (h >= 0) issues.push('fragment');
    s = s.slice(0, end);
  }

  const at = s.lastIndexOf('@');
  if (at >= 0) {
    s = s.slice(at + 1);
    issues.push('userinfo');
  }

  let invalid: string | undefined;
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 0) invalid = 'an unclosed `[`';
    else {
      const after = s.slice(close + 1);
      s = s.slice(1, close);
      issues.push('brackets');
      if (after.startsWith(':') && isPort(after.slice(1))) issues.push('port');
      else if (after !== '') invalid = 'text after the IPv6 address';
    }
  } else {
    const colon = s.indexOf(':');
    // one colon: host:port; two or more: an IPv6 literal written without brackets
    if (colon >= 0 && s.indexOf(':', colon + 1) < 0) {
      const port = s.slice(colon + 1);
      s = s.slice(0, colon);
      if (isPort(port) || port === '') issues.push('port');
      else invalid = 'a `:` that is not followed by a port number';
    }
  }

  if (s.length > 1 && s.endsWith('.')) {
    let e = s.length;
    while (e > 0 && s[e - 1] === '.') e--;
    s = s.slice(0, e);
    issues.push('trailing-dot');
  }
  if (hasUpper(s)) {
    s = s.toLowerCase();
    issues.push('uppercase');
  }
  if (hasNonAscii(s)) {
    issues.push('non-ascii');
    const ascii = s.length <= 4 * MAX_HOST_LENGTH ? domainToASCII(s) : '';
    if (ascii) s = ascii;
    else invalid ??= 'characters that have no valid punycode (IDNA) form';
  }

  const leadingDot = s.startsWith('.') && s.length > 1;
  const wildcard = s.indexOf('*') >= 0;
  invalid ??= validate(leadingDot ? s.slice(1) : s);
  return { host: s, issues, invalid, wildcard, leadingDot };
}

function isPort(p: string): boolean {
  if (p.length === 0 || p.length > 5) return false;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(p) <= 65535;
}

/** Host-name syntax: LDH labels (underscore tolerated), `*` wildcards, or an IPv6 literal. */
function validate(s: string): string | undefined {
  if (s.length === 0) return 'no host name';
  if (s.length > MAX_HOST_LENGTH) return `more than ${MAX_HOST_LENGTH} characters`;
  if (hasWhitespace(s)) return 'whitespace inside the name';
  if (s.indexOf(':') >= 0) {
    const zone = s.indexOf('%');
    const addr = zone >= 0 ? s.slice(0, zone) : s;
    for (let i = 0; i < addr.length; i++) {
      const c = addr.charCodeAt(i);
      if (!((c >= 48 && c <= 58) || (c >= 97 && c <= 102) || c === 46)) return 'characters not allowed in an IPv6 address';
    }
    return undefined;
  }
  let labelStart = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s[i] === '.') {
      const len = i - labelStart;
      if (len === 0) return 'an empty label (`..`)';
      if (len > 63) return 'a label longer than 63 characters';
      labelStart = i + 1;
      continue;
    }
    const c = s.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95 || c === 42;
    if (!ok) return `the character \`${s[i]}\`, which is not allowed in host names`;
  }
  return undefined;
}

export type HostContext = 'entry' | 'url' | 'suggestion';

/** Where callers truly differ. Everything else (case, ports, userinfo, paths, percent-encoding) is the same everywhere. */
export interface HostOptions {
  /** one-label names (`localhost`, `intranet`) are hosts */
  singleLabel: boolean;
  /** a written trailing dot (`api.example.com.`) is stripped, or the text is not a host */
  trailingDot: 'strip' | 'reject';
  /** IPv6 literals (with or without brackets) are hosts; dotted IPv4 counts as a dotted name everywhere */
  ipv6: boolean;
  /** non-ASCII (or percent-encoded) names are hosts, as punycode */
  idn: boolean;
  /** `*.x.y` and `.x.y` are hosts */
  wildcards: boolean;
}

export const HOST_OPTIONS: Readonly<Record<HostContext, Readonly<HostOptions>>> = {
  // allowlist / credential `hosts` / policy entries: what an egress proxy matches, as normalizeHostEntry reads it
  entry: { singleLabel: true, trailingDot: 'strip', ipv6: true, idn: true, wildcards: true },
  // env endpoints, the checklist, URLs and hosts in AGENTS.md: what the agent's HTTP client reaches (WHATWG)
  url: { singleLabel: true, trailingDot: 'strip', ipv6: true, idn: true, wildcards: false },
  // hosts the editor offers or describes: dotted names as a user would type them (a one-label value may be a secret)
  suggestion: { singleLabel: false, trailingDot: 'reject', ipv6: false, idn: false, wildcards: false },
};

/** The host and its span in `text` (trimmed offsets are kept), as the context parses it. */
export interface HostAt {
  host: string;
  start: number;
  end: number;
}

const MAX_TEXT = 4096;

/**
 * The one host of a URL, an entry or host text, for a caller's context; undefined when it has none.
 * A URL gives its WHATWG host (what the agent's client reaches; see urlHosts.ts for every other parser's);
 * bare text in the `url` context needs a dot and an alphabetic top-level label (`v2`, `1.5` are not hosts).
 */
export function hostAt(text: string, context: HostContext): HostAt | undefined {
  if (text.length > MAX_TEXT) return undefined;
  const o = HOST_OPTIONS[context];
  const lead = text.length - text.trimStart().length;
  const t = text.trim();
  if (!t) return undefined;
  let at: HostAt;
  // as written: a trailing dot, non-ASCII or percent-encoded characters
  let dot: boolean;
  let foreign: boolean;
  const url = context === 'entry' ? undefined : urlHostsIn(t);
  if (url || context === 'url') {
    const s = url ? url[0] : bareHostIn(t);
    if (!s) return undefined;
    const raw = t.slice(s.start, s.end);
    const host = canonicalHost(raw);
    if (host === undefined) return undefined;
    at = { host, start: lead + s.start, end: lead + s.end };
    dot = raw.endsWith('.');
    foreign = hasNonAscii(raw) || raw.includes('%');
  } else {
    const n = normalizeHostEntry(t);
    if (n.invalid) return undefined;
    const s = hostSpanIn(t) ?? { start: 0, end: t.length };
    at = { host: n.host, start: lead + s.start, end: lead + s.end };
    dot = n.issues.includes('trailing-dot');
    foreign = n.issues.includes('non-ascii');
  }
  const h = at.host;
  if (!h || h.length > MAX_HOST_LENGTH) return undefined;
  const v6 = h.includes(':');
  if (!o.ipv6 && v6) return undefined;
  if (!o.singleLabel && !v6 && !h.includes('.')) return undefined;
  if (!o.wildcards && (h.includes('*') || h.startsWith('.'))) return undefined;
  if (o.trailingDot === 'reject' && dot) return undefined;
  if (!o.idn && foreign) return undefined;
  return at;
}

/** The host of `text` in a context (see hostAt), or undefined. */
export function hostOf(text: string, context: HostContext = 'entry'): string | undefined {
  return hostAt(text, context)?.host;
}

/** One host form of a domain pattern, at `start` in the pattern text. */
export interface PatternForm {
  text: string;
  start: number;
}

/**
 * The forms a domain pattern reaches, each classified as a host entry: `**.x` (Codex: the domain and its
 * subdomains) is `x` and `*.x`; `*.x` (subdomains only) and exact hosts are themselves.
 */
export function patternForms(pattern: string): PatternForm[] {
  if (pattern.startsWith('**.') && pattern.length > 3) return [{ text: pattern.slice(3), start: 3 }, { text: pattern.slice(1), start: 1 }];
  return [{ text: pattern, start: 0 }];
}

/** Whether a deny pattern covers a host (Codex's matching: `*` all, `*.x` subdomains only, `**.x` the domain too). */
export function patternCovers(pattern: string, host: string): boolean {
  const p = normalizeHostEntry(pattern).host;
  const h = normalizeHostEntry(host).host;
  if (p === '*' || p === '**') return true;
  if (p.startsWith('**.')) return h === p.slice(3) || h.endsWith(p.slice(2));
  if (p.startsWith('*.')) return h.endsWith(p.slice(1)) && h !== p.slice(2);
  return p === h;
}
