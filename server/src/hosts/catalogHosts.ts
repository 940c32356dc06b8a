// Indexes over the provider catalog that host classification needs, built once per catalog object:
// compiled wildcard patterns, metadata endpoints by canonical address, and production hosts per
// registrable domain (to say what a wildcard reaches).
import type { CatalogIndex, CatalogProvider, HostEnv, HostFact, MetadataEndpoint } from '../catalog/catalog.js';
import { normalizeHostEntry, MAX_HOST_LENGTH } from './hostname.js';
import { parseIp } from './ip.js';
import { registrableDomain } from './publicSuffix.js';

const STAR = -1; // zero or more characters
const DIGIT = -2; // one of 0-9
const ANY = -3; // exactly one character

export interface CompiledPattern {
  fact: HostFact;
  tokens: number[];
  /** the literal text after the last wildcard: a cheap `endsWith` pre-filter */
  tail: string;
  /** literal characters: more means more specific */
  specificity: number;
}

export interface HostsIndex {
  patterns: CompiledPattern[];
  /** catalog wildcard text -> facts (a config may list `*.my.salesforce.com` itself) */
  patternByText: Map<string, HostFact[]>;
  /** canonical IP or lowercase host name -> metadata endpoints */
  metadata: Map<string, MetadataEndpoint[]>;
  /** registrable domain -> production hosts and patterns under it */
  productionByDomain: Map<string, HostFact[]>;
}

export const PRODUCTION_ENVS: ReadonlySet<HostEnv> = new Set(['production', 'legacy-production']);
export const SANDBOX_ENVS: ReadonlySet<HostEnv> = new Set(['sandbox', 'staging', 'legacy-sandbox', 'legacy']);

/** Compiles a catalog wildcard: `*` is one or more characters (dots included), `[0-9]` a digit, `[0-9]*` a digit and anything after. */
export function compilePattern(pattern: string): number[] {
  const tokens: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') tokens.push(ANY, STAR);
    else if (c === '[' && pattern.startsWith('[0-9]', i)) {
      // `[0-9]*` reads as "digits" (regex habit): one digit, then anything
      tokens.push(DIGIT);
      i += 4;
      if (pattern[i + 1] === '*') {
        tokens.push(STAR);
        i++;
      }
    } else tokens.push(pattern.charCodeAt(i));
  }
  return tokens;
}

/** Wildcard match with single-star backtracking: O(pattern × host), no regex. */
export function globMatch(tokens: number[], s: string): boolean {
  let i = 0;
  let j = 0;
  let starI = -1;
  let starJ = 0;
  while (j < s.length) {
    const t = tokens[i];
    if (i < tokens.length && t !== STAR) {
      const c = s.charCodeAt(j);
      if (t === ANY || t === c || (t === DIGIT && c >= 48 && c <= 57)) {
        i++;
        j++;
        continue;
      }
    } else if (i < tokens.length && t === STAR) {
      starI = i++;
      starJ = j;
      continue;
    }
    if (starI < 0) return false;
    i = starI + 1;
    j = ++starJ;
  }
  while (i < tokens.length && tokens[i] === STAR) i++;
  return i === tokens.length;
}

const cache = new WeakMap<CatalogIndex, HostsIndex>();

export function hostsIndex(catalog: CatalogIndex): HostsIndex {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const patterns: CompiledPattern[] = [];
  const patternByText = new Map<string, HostFact[]>();
  for (const fact of catalog.patterns) {
    const text = fact.host.host.toLowerCase();
    const tokens = compilePattern(text);
    const lastStar = Math.max(text.lastIndexOf('*'), text.lastIndexOf(']'));
    patterns.push({ fact, tokens, tail: text.slice(lastStar + 1), specificity: tokens.filter((t) => t >= 0).length });
    push(patternByText, text, fact);
  }

  const metadata = new Map<string, MetadataEndpoint[]>();
  for (const m of catalog.metadataEndpoints) {
    // the encodings entry only restates 169.254.169.254; the parser below already decodes them
    if (m.id === 'ssrf-encodings') continue;
    for (const a of [...m.addresses, ...m.hostnames]) {
      const key = metadataKey(a);
      if (key && !(metadata.get(key) ?? []).includes(m)) push(metadata, key, m);
    }
  }

  const productionByDomain = new Map<string, HostFact[]>();
  for (const [host, facts] of catalog.byHost) {
    for (const f of facts) if (PRODUCTION_ENVS.has(f.host.env)) addByDomain(productionByDomain, host, f);
  }
  for (const p of patterns) {
    if (PRODUCTION_ENVS.has(p.fact.host.env)) addByDomain(productionByDomain, p.tail.replace(/^[.-]/, ''), p.fact);
  }
  const idx = { patterns, patternByText, metadata, productionByDomain };
  cache.set(catalog, idx);
  return idx;
}

function addByDomain(map: Map<string, HostFact[]>, host: string, fact: HostFact): void {
  const reg = registrableDomain(host) ?? host;
  push(map, reg, fact);
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** `127.0.0.1:9001` -> `127.0.0.1`; `10.96.0.1 (typical default service IP)` -> `10.96.0.1`; templated names are skipped. */
function metadataKey(text: string): string | undefined {
  const first = text.trim().split(' ')[0];
  if (!first || first.includes('$') || first.includes('{')) return undefined;
  const n = normalizeHostEntry(first);
  if (n.invalid) return undefined;
  return parseIp(n.host)?.canonical ?? n.host;
}

/** Exact catalog facts for a host, else the most specific matching wildcard facts. */
export function catalogFactsFor(host: string, catalog: CatalogIndex): { facts: HostFact[]; pattern?: string } {
  const exact = catalog.byHost.get(host);
  if (exact?.length) return { facts: exact };
  if (host.length > MAX_HOST_LENGTH) return { facts: [] };
  let best: CompiledPattern[] = [];
  for (const p of hostsIndex(catalog).patterns) {
    if (!host.endsWith(p.tail) || !globMatch(p.tokens, host)) continue;
    if (!best.length || p.specificity > best[0].specificity) best = [p];
    else if (p.specificity === best[0].specificity) best.push(p);
  }
  if (!best.length) return { facts: [] };
  return { facts: best.map((p) => p.fact), pattern: best[0].fact.host.host };
}

/** A provider's name without its parenthetical: "PayPal (REST, NVP/SOAP, checkout)" -> "PayPal". */
export function shortProviderName(provider: CatalogProvider): string {
  const paren = provider.name.indexOf(' (');
  return paren > 0 ? provider.name.slice(0, paren) : provider.name;
}

/** Distinct short provider names of some facts, e.g. "PayPal, Venmo". */
export function providerNames(facts: HostFact[]): string {
  const names: string[] = [];
  for (const f of facts) {
    const n = shortProviderName(f.provider);
    if (!names.includes(n)) names.push(n);
  }
  return names.join(', ');
}

/** Distinct providers of some facts. */
export function providersOf(facts: HostFact[]): CatalogProvider[] {
  const out: CatalogProvider[] = [];
  for (const f of facts) if (!out.includes(f.provider)) out.push(f.provider);
  return out;
}
