// Compiles the catalog's secret patterns into scanners: a JS RegExp, lowercase keywords for the
// prefilter (at least one must occur in a line before its regex runs), and whether a match is a
// live-mode (production) key. Catalog entries that are not one usable regex are skipped, with a reason.
import type { CatalogIndex, SecretPattern } from '../catalog/catalog.js';
import { isPlaceholderPassword } from './placeholders.js';

export type KeyMode = 'live' | 'test' | 'unknown';

export interface CompiledPattern {
  id: string;
  provider: string;
  description: string;
  /** the catalog's `env` note (live / test / either …) */
  env: string;
  confidence: SecretPattern['confidence'];
  /** global + indices; run on one line at a time */
  re: RegExp;
  /** lowercase; a line must contain one of them (matched against the lowercased line) */
  keywords: string[];
  /** publishable keys are meant to be public (browser keys): a live one is a warning, not an error */
  publishable: boolean;
  /** the capture group that is the secret, whatever its length (built-in patterns) */
  group?: number;
  /** matches that are not a literal secret (a documentation placeholder such as `user:password@`) */
  ignore?: (secret: string) => boolean;
}

/**
 * Patterns of our own, beside the catalog's: a password in a URL's userinfo (`https://user:pw@host`).
 * References (`${PASS}`) are excluded by the character class, documentation placeholders (`user:password@`) by
 * `ignore`. Bounded repeats keep it linear.
 */
const BUILTIN: CompiledPattern[] = [
  {
    id: 'sandbox-guard:url-password',
    provider: 'generic',
    description: 'password in a URL',
    env: 'unknown',
    confidence: 'verified-in-docs',
    // redos: every repetition is bounded ({0,20}, {1,100}, {3,200}): a constant amount of work per start (accepted in test/regex/accepted.ts)
    re: /\b[a-z][a-z0-9+.-]{0,20}:\/\/[^\s:@\/'"`]{1,100}:([^\s@\/'"`${}]{3,200})@/dgi,
    keywords: ['://'],
    publishable: false,
    group: 1,
    ignore: isPlaceholderPassword,
  },
  {
    // Stripe publishable keys, mixed case as Stripe issues them (the catalog's `pk_live_[0-9a-z]{24}` misses
    // most real ones). Publishable: a test one is public by design, a live one a live-mode sign, not a secret.
    id: 'sandbox-guard:stripe-publishable',
    provider: 'stripe',
    description: 'Stripe publishable key',
    env: 'either',
    confidence: 'verified-in-docs',
    re: /(?<![A-Za-z0-9_])pk_(?:live|test)_[0-9A-Za-z]{10,247}(?![A-Za-z0-9_])/dg,
    keywords: ['pk_live_', 'pk_test_'],
    publishable: true,
  },
  {
    // a JSON Web Token (`eyJ…` header . `eyJ…` payload . signature): a bearer credential wherever it sits.
    // The lookbehind lets a match start only where a token starts, so the scan stays linear.
    id: 'sandbox-guard:jwt',
    provider: 'generic',
    description: 'JSON Web Token',
    env: 'unknown',
    confidence: 'verified-in-docs',
    re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/dg,
    keywords: ['eyj'],
    publishable: false,
  },
];

export interface SkippedPattern {
  id: string;
  reason: string;
}

/**
 * Keywords for catalog patterns that ship without any. Each is a literal every match must contain
 * (lowercased), so the prefilter never hides a match.
 */
const DERIVED_KEYWORDS: Record<string, string[]> = {
  'detect-secrets:stripe.py:(?:r|s)k_liv': ['rk_live_', 'sk_live_'],
  'detect-secrets:twilio.py:AC[a-z0-9]{3': ['ac'],
  'detect-secrets:twilio.py:SK[a-z0-9]{3': ['sk'],
  'detect-secrets:square_oauth.py:sq0csp-[0-9A': ['sq0csp-'],
  'secrets-patterns-db:PayPal Braintree access token': ['access_token$production$'],
  'secrets-patterns-db:Stripe Public Live Key': ['pk_live_'],
  'secrets-patterns-db:Stripe Public Test Key': ['pk_test_'],
  'secrets-patterns-db:Stripe Restriced Key': ['rk_live_', 'rk_test_'],
  'secrets-patterns-db:Stripe Secret Key': ['sk_live_', 'sk_test_'],
  'secrets-patterns-db:Stripe Secret Live Key': ['sk_live_', 'rk_live_'],
  'secrets-patterns-db:Twilio - 1': ['ac'],
  'secrets-patterns-db:Square OAuth Secret': ['sq0csp-'],
  'secrets-patterns-db:Square access token': ['sq0atp-'],
  'secrets-patterns-db:Squareup': ['sq0idp-'],
  'secrets-patterns-db:Razorpay - 1': ['rzp_'],
  'secrets-patterns-db:Paystack': ['sk_'],
  'secrets-patterns-db:Flutterwave': ['flwseck-'],
  'secrets-patterns-db:Gocardless': ['live_'],
  'secrets-patterns-db:Checkout - 1': ['checkout'],
  'secrets-patterns-db:Dwolla': ['dwolla'],
  'secrets-patterns-db:AWS MWS key': ['amzn.mws.'],
  'secrets-patterns-db:Google API Key': ['aiza'],
  'secrets-patterns-db:Asymmetric Private Key': ['-----begin'],
  // no literal at all: an 80-character token with a hyphen. Only trusted next to the word "paypal"
  // (as TruffleHog does), otherwise it flags any long identifier.
  'secrets-patterns-db:Paypaloauth - 1': ['paypal'],
  'truffleHogRegexes:aws': ['a3t', 'akia', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia'],
};

/** Catalog entries that are not a single JS regex, or can never match. */
const SKIP: Record<string, string> = {
  'secrets-patterns-db:Braintree API Key': 'unescaped `$` anchors: the regex can never match (the escaped variant is kept)',
  'trufflehog:paypaloauth': 'describes a two-part keyword-window detector, not one regex (covered by Paypaloauth - 1)',
  'trufflehog:braintreepayments': 'describes a two-part keyword-window detector, not one regex',
};

const LEADING_WINDOW = '[\\w.-]{0,50}?';

/**
 * A derived, linear form of a catalog regex. Gitleaks' keyword-window patterns start with a lazy
 * `[\w.-]{0,50}?` that only widens the reported match (the secret is capture group 1); nested twice
 * (okta) it makes the regex quadratic on a line of repeated keywords. Dropping a leading window —
 * zero-width allowed, so every match of the rest is still found — keeps them linear.
 */
export function safeSource(regex: string): string {
  let src = regex;
  for (;;) {
    if (src.startsWith(LEADING_WINDOW)) src = src.slice(LEADING_WINDOW.length);
    else if (src.startsWith(`(?:${LEADING_WINDOW}`)) src = `(?:${src.slice(3 + LEADING_WINDOW.length)}`;
    else return src;
  }
}

/** Publishable (browser-side) keys: public by design, so a live one is a warning. */
function isPublishable(p: SecretPattern): boolean {
  return /pub|public|application id/i.test(`${p.id} ${p.env}`);
}

export interface CompiledCatalog {
  patterns: CompiledPattern[];
  skipped: SkippedPattern[];
  /** every keyword, longest first, case-insensitive: one pass over the text finds them all */
  keywordRe: RegExp;
  /** keyword (lowercase) -> the patterns to run on a line where it occurs, including those of keywords it contains */
  patternsByKeyword: Map<string, CompiledPattern[]>;
}

/** Compiles every usable catalog pattern once per catalog object. */
const cache = new WeakMap<CatalogIndex, CompiledCatalog>();

export function compilePatterns(catalog: CatalogIndex): CompiledCatalog {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const patterns: CompiledPattern[] = [];
  const skipped: SkippedPattern[] = [];
  for (const p of catalog.secretPatterns) {
    if (SKIP[p.id]) {
      skipped.push({ id: p.id, reason: SKIP[p.id] });
      continue;
    }
    let re: RegExp;
    try {
      // `d` gives the capture group's offsets; never `m` or `s`: lines are scanned one at a time
      re = new RegExp(safeSource(p.regex), `${p.flags.replace(/[gdmsy]/g, '')}gd`);
    } catch (e) {
      skipped.push({ id: p.id, reason: `not a valid JS regex: ${(e as Error).message}` });
      continue;
    }
    const keywords = (DERIVED_KEYWORDS[p.id] ?? p.keywords).map((k) => k.toLowerCase()).filter(Boolean);
    if (!keywords.length) {
      skipped.push({ id: p.id, reason: 'no keyword to prefilter lines with' });
      continue;
    }
    patterns.push({ id: p.id, provider: p.provider, description: p.description, env: p.env, confidence: p.confidence, re, keywords, publishable: isPublishable(p) });
  }
  patterns.push(...BUILTIN);
  const keywords = [...new Set(patterns.flatMap((p) => p.keywords))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  // the alternation reports one keyword per position (the longest): a hit also stands for every keyword inside it
  const patternsByKeyword = new Map<string, CompiledPattern[]>();
  for (const k of keywords) {
    patternsByKeyword.set(k, patterns.filter((p) => p.keywords.some((pk) => k.includes(pk))));
  }
  const keywordRe = new RegExp(keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const out = { patterns, skipped, keywordRe, patternsByKeyword };
  cache.set(catalog, out);
  return out;
}

/**
 * Whether a matched key is a live-mode key. The key's own text decides when it says so
 * (`sk_live_`, `_prod_`, `access-production-`, `FLWSECK-` without `_TEST`); otherwise the catalog's
 * env note: `live` patterns describe providers whose keys are always real production keys.
 */
export function keyMode(pattern: CompiledPattern, secret: string): KeyMode {
  // private keys have no live or test mode
  if (pattern.provider === 'generic') return 'unknown';
  // the mode marker sits in the key's prefix; a random body could contain `_test_` by chance
  const s = secret.slice(0, 28).toLowerCase();
  if (/(?:^|[_\-$.])(?:test|sandbox|sdbx|development)(?:[_\-$.]|$)/.test(s) || /^(?:eztk|flw(?:sec|pub)k_test)/.test(s)) return 'test';
  if (/(?:^|[_\-$.])(?:live|prod|production)(?:[_\-$.]|$)/.test(s)) return 'live';
  const env = pattern.env.toLowerCase();
  if (env.startsWith('test')) return 'test';
  if (env.startsWith('live')) return 'live';
  return 'unknown';
}
