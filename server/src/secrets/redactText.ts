// The one redaction function: every piece of text taken from a user's file passes it before it leaves the
// process (finding messages, fix titles, SARIF, JSON, diffs, hover, completion, checklist, logs).
// It treats every value as suspect, not only the secrets the rules found:
// - known token shapes and every catalog secret pattern, anywhere (no word boundary: `PROD_ghp_…` is caught),
//   redacted to the end of the token, whatever the pattern's length (`sk_live_…` never shows a tail beyond 4);
// - JWTs and private-key blocks;
// - high-entropy tokens (letters mixed with digits, or mixed case, of at least 12 characters), so truncated
//   or re-cased secrets that no longer match a pattern are still caught;
// - values of secret-named keys (`password: …`, `"api_key": "…"`, `token=…`);
// - URL userinfo (`https://user:…@host`) and URL query values (`?api_key=…`).
// Readable names (`STAGING_API_KEY`), hosts (`api.sandbox.paypal.com`), rule ids and paths stay as they are.
// Idempotent: redacted text passes unchanged.
import { loadCatalog } from '../catalog/catalog.js';
import { isSecretKeyName, isSecretReference } from './keys.js';
import { redact } from './redact.js';
import { scanSecrets } from './scan.js';

/** Characters a token is made of (base64, base64url, the separators of vendor prefixes). `.` ends a token. */
const TOKEN_CHAR = /[A-Za-z0-9_+/=-]/;
const TOKEN_RUN = /[A-Za-z0-9_+/=-]+/g;
/** A file extension right after a token (sticky: tested at the token's end). */
const FILE_EXT = /\.[A-Za-z]{1,5}\b/y;

/** Shapes that must be caught without a word boundary; everything else comes from the catalog or entropy. */
const SHAPES = new RegExp(
  [
    String.raw`(?:[sSrRpP][kK])_(?:live|test|prod|LIVE|TEST|PROD)_[A-Za-z0-9]{8,}`,
    String.raw`(?:ghp|gho|ghu|ghs|ghr|GHP|GHO|GHU|GHS|GHR)_[A-Za-z0-9]{20,}`,
    String.raw`github_pat_[A-Za-z0-9_]{20,}`,
    String.raw`glpat-[A-Za-z0-9_-]{20,}`,
    String.raw`xox[abposer]-[A-Za-z0-9-]{10,}`,
    // also cut short by a quote
    String.raw`(?:AKIA|ASIA|akia|asia)[A-Za-z0-9]{12,}`,
    String.raw`AIza[A-Za-z0-9_-]{30,}`,
    String.raw`SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}`,
    // a JWT, also cut short: a base64 JSON header (`eyJ` = `{"`) is enough. No dot is required after it:
    // requiring one made every `eyJ` of a long run scan to the run's end (60,000 characters took 3.5 s)
    String.raw`(?:eyJ|EYJ|eyj)[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*)*`,
  ].join('|'),
  'g',
);

/** A private-key block, or its header with whatever follows on the same text (a body cut short). */
// redos: starts only at the literal header, and all after it is optional: the first greedy path matches, nothing is retried
const PEM = /-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY-----(?:(?:\s|\\n|[+|-](?=[A-Za-z0-9+/=]{16}))*[A-Za-z0-9+/=]{16,})*(?:(?:\s|\\n)*-----END[ A-Z0-9_-]{0,40}PRIVATE KEY-----)?/g;

/** `scheme://userinfo@`. */
// redos: every repetition is bounded ({0,20}, {1,300}): at most about 320 steps per start
const USERINFO = /([a-z][a-z0-9+.-]{0,20}:\/\/)([^\s/?#@'"`<>]{1,300})@/gi;

/** A query parameter: `?name=value` / `&name=value` (inside a URL or a bare `host/path?…`). */
const QUERY = /([?&][A-Za-z0-9_.~%[\]-]{1,64}=)([^&#\s'"`<>()[\]{}]+)/g;

/** `key: value`, `key = value`, `"key": "value"` where the key names a secret. */
// redos: the key is bounded ({0,80}): a start scans at most 80 key characters and one run of blanks before it fails
const KEY_VALUE = /(["']?)([A-Za-z_][A-Za-z0-9_.-]{0,80})\1([ \t]*[:=][ \t]*)("[^"\n]*"?|'[^'\n]*'?|`[^`\n]*`?|\$\{[^}\s]*\}|[^\s,;{}[\]`'"][^\s,;}\]`'"]*)/g;

/** Plain words that may be shown in front of a token (`sk_live_`, `STAGING_`, `github_pat_`): one case each. */
const LEAD = /^(?:(?:[a-z]{1,10}|[A-Z]{1,10}|[A-Z][a-z]{1,9})[_-])*/;

/** A run of token characters is a secret when it looks random. */
export function looksRandom(body: string): boolean {
  if (body.length < 12 || entropy(body) < 3) return false;
  const { lower, upper, digit } = classes(body);
  // letters and digits mixed (hex, base32/36, base64 with digits), but not a version or a date
  if (digit >= 2 && lower + upper >= 3 && digit / body.length < 0.8) return !isWordy(body);
  return body.split(/[_\-/+=]+/).some(randomSegment);
}

/** A separator-free piece of 12+ characters: mixed case at random (camelCase names have few capitals), or 16+ in one case. */
function randomSegment(seg: string): boolean {
  if (seg.length < 12 || entropy(seg) < 3.3) return false;
  const { lower, upper } = classes(seg);
  const share = upper / Math.max(1, lower + upper);
  if (upper >= 3 && lower >= 3 && share >= 0.25 && share <= 0.85) return true;
  // a lowercased or uppercased token: words this long without a separator are rare
  return seg.length >= 16 && (upper === 0 || lower === 0);
}

function classes(s: string): { lower: number; upper: number; digit: number } {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 48 && c <= 57) digit++;
  }
  return { lower, upper, digit };
}

/** Identifiers with digits that are plainly words (`http2_server_v10`): every segment is a short word or a number. */
function isWordy(s: string): boolean {
  return s.split(/[_\-/+=]+/).every((seg) => /^(?:[a-z]{0,12}|[A-Z]{0,12}|[A-Z][a-z]{0,11})[0-9]{0,3}$/.test(seg) || /^[0-9]+$/.test(seg));
}

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Plain-word lead (shown) + the redacted rest: `STAGING_ghp_…6789`, `sk_live_…9f2c`. */
function mask(token: string): string {
  const lead = LEAD.exec(token)?.[0] ?? '';
  const rest = token.slice(lead.length);
  if (!rest) return token;
  return lead + redact(rest);
}

/** Replaces each span (sorted, non-overlapping after merging) of `s` with `fn(text)`. */
function replaceSpans(s: string, spans: [number, number][], fn: (t: string) => string): string {
  if (!spans.length) return s;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += s.slice(at, from) + fn(s.slice(from, end));
    at = end;
  }
  return out + s.slice(at);
}

/** Whether only indentation, diff or list markers and comment signs precede `offset` on its line. */
function atLineStart(s: string, offset: number): boolean {
  const from = s.lastIndexOf('\n', offset - 1) + 1;
  return /^[\s+\-#>*]*$/.test(s.slice(from, offset));
}

/** Extends a match to the end of its token: a pattern that ends early must not leave the tail visible. */
function tokenEnd(s: string, end: number): number {
  while (end < s.length && TOKEN_CHAR.test(s[end])) end++;
  return end;
}

/** A catalog pattern needs a long run of token characters somewhere (its dotted forms have long pieces too). */
const LONG_RUN = /[A-Za-z0-9_+/=$-]{12}/;

// the same messages pass again and again (every keystroke re-publishes a document's findings)
const memo = new Map<string, string>();

/** Redacts every secret-looking piece of `text`. Safe on any text; cheap on text without one. */
export function redactText(text: string): string {
  if (text.length < 8) return text;
  let out = memo.get(text);
  if (out === undefined) {
    out = redactUncached(text);
    if (memo.size >= 10_000) memo.clear();
    memo.set(text, out);
  }
  return out;
}

function redactUncached(text: string): string {
  let s = text;
  if (s.includes('PRIVATE KEY')) s = s.replace(PEM, '-----BEGIN … PRIVATE KEY-----');
  if (s.includes('://')) {
    // the user name goes too: it is often the token itself (`https://ghp_…@github.com`, `x-access-token:…`)
    s = s.replace(USERINFO, (m, scheme: string, info: string) => (info.includes('…') ? m : `${scheme}…@`));
  }
  if (s.includes('=')) {
    // a value under a secret name always; any other that could hold 8 characters of a secret unless it is a plain word or number
    s = s.replace(QUERY, (m, name: string, value: string) => {
      if (value.length < 4 || value === '…' || isSecretReference(value)) return m;
      if (!isSecretKeyName(name.slice(1, -1)) && (value.length < 8 || /^(?:[a-z]{1,12}|[0-9.]+)$/.test(value))) return m;
      return `${name}…`;
    });
  }
  if (/[:=]/.test(s)) {
    s = s.replace(KEY_VALUE, (m, q: string, key: string, sep: string, value: string, offset: number) => {
      if (!isSecretKeyName(key)) return m;
      const inner = value.replace(/^["'`]|["'`]$/g, '');
      if (inner.length < 4 || /…|\[redacted\]/.test(inner) || isSecretReference(inner)) return m;
      // a name (`STAGING_API_KEY`) or, in prose, a word ("a secret: anyone can read it") is not a value; random ones are caught below
      if (/^[A-Z][A-Z0-9_]*$/.test(inner) || (/^[a-z]{1,12}$/.test(inner) && !atLineStart(s, offset))) return m;
      const quote = /^["'`]/.test(value) ? value[0] : '';
      return `${q}${key}${q}${sep}${quote}${redact(inner)}${quote && value.endsWith(quote) && value.length > 1 ? quote : ''}`;
    });
  }
  // known shapes and catalog patterns, each to the end of its token
  const spans: [number, number][] = [];
  SHAPES.lastIndex = 0;
  for (let m = SHAPES.exec(s); m; m = SHAPES.exec(s)) spans.push([m.index, tokenEnd(s, m.index + m[0].length)]);
  for (const m of LONG_RUN.test(s) ? scanSecrets(s, loadCatalog()) : []) {
    const start = m.span.start;
    // a match inside a plain-word lead is shown from the token's own start (`PROD_` stays readable)
    spans.push([start, tokenEnd(s, m.span.end)]);
  }
  s = replaceSpans(s, spans, (t) => mask(t));
  // whatever else looks random
  const random: [number, number][] = [];
  TOKEN_RUN.lastIndex = 0;
  for (let m = TOKEN_RUN.exec(s); m; m = TOKEN_RUN.exec(s)) {
    const run = m[0];
    if (run.length < 12) continue;
    // a file path (`/tmp/ab12Cd/sg/dist/server.js`): each folder name is judged on its own, so a short
    // random-looking folder does not hide the path in a log line; a long random one still masks it
    FILE_EXT.lastIndex = m.index + run.length;
    if (run.includes('/') && FILE_EXT.test(s)) {
      if (run.split('/').some((seg) => looksRandom(seg))) random.push([m.index, m.index + run.length]);
      continue;
    }
    const lead = LEAD.exec(run)?.[0] ?? '';
    if (looksRandom(run.slice(lead.length)) || (lead && looksRandom(run))) random.push([m.index, m.index + run.length]);
  }
  return replaceSpans(s, random, (t) => mask(t));
}

/** A user value quoted in a message: redacted first, then cut to `max` characters (cutting first would hide a secret's shape). */
export function quoteValue(value: string, max = 80): string {
  const s = redactText(value);
  return s.length > max ? `${s.slice(0, max - 3)}…` : s;
}

/** The first three values in backticks, each redacted and cut to 60 characters, then "and N more". */
export function quoteList(values: string[]): string {
  const shown = values.slice(0, 3).map((v) => `\`${quoteValue(v, 60)}\``);
  return values.length > 3 ? `${shown.join(', ')} and ${values.length - 3} more` : shown.join(', ');
}

