// Which catalogued providers a name points at: a provider id as whole name parts
// (`STAGING_STRIPE_KEY` -> Stripe, `CHECKOUT_COM_TOKEN` -> Checkout.com). Used by the checklist's
// provider guess, the test-mode statement of credentials and the ranking of host completions.
import type { CatalogIndex, CatalogProvider } from '../catalog/catalog.js';
import { catalogFactsFor, providersOf } from './catalogHosts.js';
import { hostOf } from './hostname.js';
import { providerDomainOf } from './providerDomain.js';

/** Providers whose id is a whole part of the name, longest id first (`_checkout_com_` before `_checkout_`). */
export function providersNamedIn(name: string, catalog: CatalogIndex): CatalogProvider[] {
  const parts = `_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_`;
  return catalog.providers
    .filter((p) => p.id.length >= 3 && parts.includes(`_${p.id.toLowerCase()}_`))
    .sort((a, b) => b.id.length - a.id.length || a.id.localeCompare(b.id));
}

/** Providers of a host by the catalog (exact host or wildcard), or none. */
export function providersOfHost(host: string, catalog: CatalogIndex): CatalogProvider[] {
  const h = hostOf(host, 'entry');
  if (!h) return [];
  return providersOf(catalogFactsFor(h, catalog).facts);
}

const MAX_SCAN = 200_000;

/**
 * Catalog provider ids a task config points at, most mentions first: its keys' names (`STRIPE_SECRET_KEY`,
 * credential and env names), and every host-like word (allowlist entries, credential hosts, env URLs), known
 * hosts and unlisted hosts under a provider's domain alike. A cheap text scan: it runs on every completion,
 * on text that may not parse while it is being typed.
 */
export function providersMentioned(text: string, catalog: CatalogIndex, extraWords: string[] = []): string[] {
  // completion asks again and again on the same text: the scan of the text is kept for the last text seen
  let byText = last?.catalog === catalog && last.text === text ? last.counts : undefined;
  if (!byText) {
    byText = scanText(text, catalog);
    last = { text, catalog, counts: byText };
  }
  const count = new Map(byText);
  const add = (ps: CatalogProvider[]) => {
    for (const p of ps) count.set(p.id, (count.get(p.id) ?? 0) + 1);
  };
  for (const w of extraWords) add(providersNamedIn(w, catalog).slice(0, 1));
  return [...count].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

let last: { text: string; catalog: CatalogIndex; counts: Map<string, number> } | undefined;
/** Providers per host-like word and per key name: the same words recur on every line and in every scan while typing. */
const memos = new WeakMap<CatalogIndex, Map<string, CatalogProvider[]>>();

function memoized(catalog: CatalogIndex, key: string, compute: () => CatalogProvider[]): CatalogProvider[] {
  let memo = memos.get(catalog);
  if (!memo) memos.set(catalog, (memo = new Map()));
  let hit = memo.get(key);
  if (!hit) {
    hit = compute();
    if (memo.size >= 5000) memo.clear();
    memo.set(key, hit);
  }
  return hit;
}

function providersOfWord(host: string, catalog: CatalogIndex): CatalogProvider[] {
  return memoized(catalog, `h:${host}`, () => {
    const known = providersOfHost(host, catalog);
    return known.length ? known : providerDomainOf(host, catalog)?.providers ?? [];
  });
}

function scanText(text: string, catalog: CatalogIndex): Map<string, number> {
  const count = new Map<string, number>();
  const add = (ps: CatalogProvider[]) => {
    for (const p of ps) count.set(p.id, (count.get(p.id) ?? 0) + 1);
  };
  const t = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  // keys: `  STRIPE_SECRET_KEY:` (not prose in comments)
  for (const m of t.matchAll(/^[ \t-]*([A-Za-z][A-Za-z0-9_.-]{0,80})[ \t]*:/gm)) add(memoized(catalog, `k:${m[1]}`, () => providersNamedIn(m[1], catalog).slice(0, 1)));
  // host-like words
  for (const m of t.matchAll(/[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}/g)) add(providersOfWord(m[0].toLowerCase(), catalog));
  return count;
}
