// Sentence splitting and tokenising of Markdown prose, keeping source offsets.
import type { Span } from '../../core/types.js';
import { COMMON_TLDS } from '../../hosts/internal.js';
import { reportedHost, urlHostsIn } from '../../hosts/urlHosts.js';
import * as Lex from './lexicon.js';

// bound once: namespace reads are getters under the CJS interop (hot path)
const COMPOUNDS: Record<string, string> = Lex.COMPOUNDS;
const SPELLING: Record<string, string> = Lex.SPELLING;
const UN_PREFIXED: Record<string, string> = Lex.UN_PREFIXED;

export interface Token {
  /** normalised word ("dont", "thirdparty"), or punctuation, or `<host>` */
  w: string;
  start: number;
  end: number;
  punct?: boolean;
  /** the host name, for `<host>` tokens */
  host?: string;
  /** where the host name itself is written, for `<host>` tokens (inside a URL: only the host part) */
  hostSpan?: Span;
  /** written in capitals (NEVER, MUST) */
  caps?: boolean;
  /** a negative-prefixed word ("unlogged" is `logged` with un: true) */
  un?: boolean;
}

/** File extensions and code: `audit.jsonl`, `requests.get`, `AbortSignal.timeout(` are words, not hosts. */
const FILE_EXT = new Set(['md', 'ts', 'js', 'json', 'jsonl', 'ndjson', 'yaml', 'yml', 'py', 'sh', 'txt', 'toml', 'log', 'csv', 'env', 'cfg', 'ini', 'mjs', 'cjs', 'tsx', 'jsx']);
const CODE_MEMBER = /[a-z][A-Z]|^[A-Z][a-z]+[A-Z]/;

function isCode(raw: string, after: string | undefined): boolean {
  if (after === '(') return true;
  const labels = raw.split('.');
  const last = labels[labels.length - 1];
  const tld = last.replace(/:\d+$/, '').toLowerCase();
  if (COMMON_TLDS.has(tld)) return false;
  return FILE_EXT.has(tld) || CODE_MEMBER.test(raw) || (labels.length === 2 && tld === last.toLowerCase());
}

/** Vendor key prefixes (`sk_live_…`, `pk_test_…`, `rk_live`): a live or test key, whatever the vendor. A long suffix is
 * a literal secret (SG409's business), tokenised as before. */
const KEY_PREFIX = /^[a-z]{2,3}_(live|test)/i;

// redos: the tokenizer: each branch is one character class run after a fixed start; recheck times out, finds no attack (accepted in test/regex/accepted.ts)
const TOKEN_RE = /((?<![A-Za-z0-9_])[A-Za-z]{2,3}_(?:live|test)(?:_\w{0,8})?(?!\w))|(https?:\/\/[^\s<>()[\]`'"]+)|([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::\d+)?)|([A-Za-z0-9]+(?:['’][A-Za-z]+)?(?:[-/][A-Za-z0-9]+(?:['’][A-Za-z]+)?)*)|([,;:()—–]|\s-\s|\s--\s)|([✅✔☑])|(🚫|[❌⛔✖])/g;

export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const start = base + m.index;
    let end = start + m[0].length;
    if (m[1]) {
      // "`sk_live_` keys": a live (or test) key, however the vendor spells the prefix
      const kind = KEY_PREFIX.exec(m[1])![1].toLowerCase();
      out.push({ w: kind, start, end }, { w: 'key', start, end });
      continue;
    }
    if (m[3] && isCode(m[3], text[m.index + m[0].length])) {
      // a code member or file name: its parts are words ("AbortSignal.timeout" -> abortsignal timeout)
      let off = 0;
      for (const part of m[3].split('.')) {
        const s = start + off;
        off += part.length + 1;
        pushWord(out, part, s, s + part.length);
      }
    } else if (m[2] || m[3]) {
      // sentence punctuation after a URL is not part of it
      // (scanned backwards: /[.,;:!?]+$/ was quadratic in a long punctuation run inside a URL)
      let cut = m[0].length;
      while (cut > 0 && '.,;:!?'.includes(m[0][cut - 1])) cut--;
      const url = m[0].slice(0, cut);
      end = start + url.length;
      TOKEN_RE.lastIndex = m.index + url.length;
      out.push(hostToken(url, start, end));
    } else if (m[6]) {
      // a check mark in a table cell or bullet states a requirement ("| timeout ✅ |")
      out.push({ w: 'required', start, end });
    } else if (m[7]) {
      // a prohibition sign negates what follows ("🚫 prod APIs", "❌ live keys")
      out.push({ w: 'never', start, end });
    } else if (m[5]) {
      out.push({ w: m[5].trim() === '-' || m[5].trim() === '--' ? '—' : m[5], start, end, punct: true });
    } else if (m[4].toLowerCase() === 'env' && text[m.index - 1] === '.') out.push({ w: 'secrets', start: start - 1, end });
    else pushWord(out, m[4], start, end);
  }
  return foldPhrases(out);
}

/** A URL or host token: the host the agent's client would reach (WHATWG), with its span. */
function hostToken(raw: string, start: number, end: number): Token {
  const url = urlHostsIn(raw);
  const s = url ? url[0] : hostWithPort(raw);
  if (!s) return { w: '<host>', start, end, host: '' };
  return { w: '<host>', start, end, host: reportedHost(raw.slice(s.start, s.end)), hostSpan: { start: start + s.start, end: start + s.end } };
}

/** The host of a token TOKEN_RE matched as `host` or `host:port`. */
function hostWithPort(raw: string): { start: number; end: number } | undefined {
  const colon = raw.indexOf(':');
  const end = colon < 0 ? raw.length : colon;
  return end > 0 ? { start: 0, end } : undefined;
}

function pushWord(out: Token[], raw: string, start: number, end: number): void {
  const folded = raw.toLowerCase().replace(/['’]/g, '');
  const joined = folded.replace(/[-/]/g, '');
  const caps = raw.length > 1 && raw === raw.toUpperCase() && /[A-Z]/.test(raw);
  if (COMPOUNDS[joined]) out.push({ w: COMPOUNDS[joined], start, end, caps });
  else if (SPELLING[folded]) out.push({ w: SPELLING[folded], start, end, caps });
  else if (UN_PREFIXED[folded]) out.push({ w: UN_PREFIXED[folded], start, end, caps, un: true });
  // code identifiers that name a timeout ("context.WithTimeout", "connectTimeout", "readTimeoutMs")
  else if (folded.length > 7 && folded.includes('timeout') && !/[-/]/.test(folded)) out.push({ w: 'timeout', start, end, caps });
  else if (/[-/]/.test(folded)) {
    // split compounds into their parts, each with its own offsets
    let off = 0;
    for (const part of folded.split(/[-/]/)) {
      const s = start + folded.indexOf(part, off);
      off = s - start + part.length;
      out.push({ w: COMPOUNDS[part] ?? SPELLING[part] ?? part, start: s, end: s + part.length, caps });
    }
  } else out.push({ w: folded, start, end, caps });
}

/** Two- and three-word phrases folded into one concept token ("time out", "out of bounds"); one linear pass. */
function foldPhrases(toks: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const b = toks[i + 1]?.w;
    const c = toks[i + 2]?.w;
    const w3 = c === undefined ? undefined : PHRASES3.get(t.w + ' ' + b + ' ' + c);
    if (w3 !== undefined) { out.push({ ...t, w: w3, end: toks[i + 2].end }); i += 2; continue; }
    const w = b === undefined ? undefined : PHRASES.get(t.w + ' ' + b);
    if (w === undefined) { out.push(t); continue; }
    out.push({ ...t, w, end: toks[i + 1].end });
    i++;
  }
  return out;
}

const PHRASES = new Map<string, string>([
  ['time out', 'timeout'], ['time limit', 'timeout'], ['time limits', 'timeouts'], ['timed out', 'timeout'], ['try catch', 'trycatch'],
  ['try except', 'trycatch'], ['third party', 'thirdparty'], ['3rd party', 'thirdparty'], ['off limits', 'offlimits'],
  ['audit log', 'auditlog'], ['audit logged', 'auditlog'], ['audit logging', 'auditlog'], ['non production', 'nonprod'],
  ['non prod', 'nonprod'], ['pre production', 'nonprod'], ['pre prod', 'nonprod'], ['live mode', 'livemode'], ['test mode', 'testmode'],
  ['hands off', 'offlimits'], ['no go', 'nogo'], ['no no', 'nogo'], ['back off', 'backoff'], ['circuit breaker', 'circuitbreaker'],
]);

const PHRASES3 = new Map<string, string>([
  ['out of bounds', 'offlimits'], ['out of limits', 'offlimits'], ['off the table', 'offlimits'],
  ['out of scope', 'offlimits'],
]);

const ABBREV = /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf|\bapprox)$/i;

/** Splits prose into sentences at . ! ? followed by space or end (not inside hosts or after "e.g."). */
export function sentences(text: string, base = 0): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // a table row (a line starting or ending with `|`) is a statement of its own, not part of the next row's sentence
    if (c === '\n' && (tableRowEnds(text, i) || text[i + 1] === '|' || /^[ \t]*\|/.test(text.slice(i + 1, i + 5)))) {
      push(out, text, start, i, base);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    const next = text[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\n' && next !== '\t' && next !== '\r' && next !== '*' && next !== '_' && next !== ')') continue;
    if (c === '.' && ABBREV.test(text.slice(Math.max(start, i - 8), i))) continue;
    // an ellipsis closing a call in code ("`fetch(...)`") does not end the sentence
    if (c === '.' && next === ')' && text[i - 1] === '.') continue;
    push(out, text, start, i + 1, base);
    start = i + 1;
  }
  push(out, text, start, text.length, base);
  return out;
}

/** The line ending at `nl` ends with `|` (trailing spaces and a CR aside). */
function tableRowEnds(text: string, nl: number): boolean {
  let j = nl - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
  return text[j] === '|';
}

function push(out: Span[], text: string, a: number, b: number, base: number): void {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (b > a) out.push({ start: base + a, end: base + b });
}
