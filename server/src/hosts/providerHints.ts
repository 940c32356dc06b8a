// Which catalogued providers a name points at: a provider id as whole name parts
// (`STAGING_STRIPE_KEY` -> Stripe, `CHECKOUT_COM_TOKEN` -> Checkout.com). Used by the checklist's
// provider guess, the test-mode statement of credentials and the ranking of host completions.
import type { CatalogIndex, CatalogProvider } from '../catalog/catalog.js';
import { catalogFactsFor, providersOf } from './catalogHosts.js';
import { hostOf } from './hostname.js';

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
