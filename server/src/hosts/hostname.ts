// Turns an allowlist entry as written into the bare host the egress proxy matches, and says what
// had to be stripped. Linear character scans only: entries can be hostile 100 KB lines.
import { domainToASCII } from 'node:url';

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

  // scheme: `https://`, or a protocol-relative `//`
  const sep = s.indexOf('://');
  if (sep > 0) {
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
    if (c === '/' || c === '?' || c === '#') {
      end = i;
      break;
    }
  }
  if (end < s.length) {
    const rest = s.slice(end);
    const q = rest.indexOf('?');
    const h = rest.indexOf('#');
    if (rest[0] === '/') issues.push('path');
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

/** The bare host of a URL or host text (for env endpoints and other callers), or undefined. */
export function hostOf(text: string): string | undefined {
  const n = normalizeHostEntry(text);
  return n.invalid ? undefined : n.host;
}
