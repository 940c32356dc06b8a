// What a catalogued provider documents for testing, judged per registrable domain: a host under
// `twilio.com` or `stripe.com` that the catalog does not list is not made staging by a word in its
// name (`api.sandbox.twilio.com` does not exist: Twilio tests with test credentials on
// `api.twilio.com`). Staging-word markers stay the fallback for domains the catalog does not know.
import type { CatalogHost, CatalogIndex, CatalogProvider } from '../catalog/catalog.js';
import { PRODUCTION_ENVS, SANDBOX_ENVS, shortProviderName } from './catalogHosts.js';
import { parseIp } from './ip.js';
import { registrableDomain } from './publicSuffix.js';
import { stripStagingMarkers } from './staging.js';
import { testKeyPrefixes } from './providers.js';

export interface ProviderDomain {
  /** the registrable domain, e.g. `twilio.com` */
  domain: string;
  providers: CatalogProvider[];
}

/** What a provider offers for testing a host under its domain, and what to use instead. */
export interface ProviderTesting {
  provider: CatalogProvider;
  /** the provider's short name, e.g. "PayPal" */
  name: string;
  /** the documented sandbox host to use instead, when the provider has one */
  sandbox?: CatalogHost;
  /** the shared test/live host to use with a test-mode key, when the provider has no sandbox host for it */
  shared?: CatalogHost;
  /** test-mode key prefixes from the catalog (`sk_test_`), possibly none */
  testKeys: string[];
  /** one sentence: what the provider documents for testing */
  offers: string;
}

const byDomainCache = new WeakMap<CatalogIndex, Map<string, CatalogProvider[]>>();

function hostDomain(host: string): string | undefined {
  // a pattern's literal tail (`*.terminal-events.stripe.com` -> `terminal-events.stripe.com`)
  const tail = host.toLowerCase().replace(/^.*[*\]][.-]?/, '');
  if (!tail || tail.includes(':') || tail.includes('{') || parseIp(tail)) return undefined;
  return registrableDomain(tail);
}

/** Registrable domain -> the catalogued providers with hosts under it, built once per catalog. */
export function providersByDomain(catalog: CatalogIndex): Map<string, CatalogProvider[]> {
  const hit = byDomainCache.get(catalog);
  if (hit) return hit;
  const map = new Map<string, CatalogProvider[]>();
  for (const p of catalog.providers) {
    for (const h of p.hosts) {
      const d = hostDomain(h.host);
      if (!d) continue;
      const list = map.get(d) ?? [];
      if (!list.includes(p)) list.push(p);
      map.set(d, list);
    }
  }
  byDomainCache.set(catalog, map);
  return map;
}

/** The catalogued providers whose domain a host is under (`api.sandbox.twilio.com` -> Twilio), or undefined. */
export function providerDomainOf(host: string, catalog: CatalogIndex): ProviderDomain | undefined {
  if (parseIp(host)) return undefined;
  const domain = registrableDomain(host);
  if (!domain) return undefined;
  const providers = providersByDomain(catalog).get(domain);
  return providers?.length ? { domain, providers } : undefined;
}

const exact = (h: CatalogHost) => !h.pattern && !h.host.includes('*') && !h.host.includes('{') && !h.host.includes(':');

/** Strips marker words and compares: a smaller distance is a closer name. */
function closeness(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  let same = 0;
  for (const l of x) if (y.includes(l)) same++;
  return same * 10 - Math.abs(x.length - y.length);
}

/**
 * What the provider documents for testing instead of `host` (a host under its domain that the catalog
 * does not list): the sandbox host closest to the host's name without its staging words, else the shared
 * host where test-mode keys are used.
 */
export function providerTesting(host: string, provider: CatalogProvider): ProviderTesting {
  const name = shortProviderName(provider);
  const base = stripStagingMarkers(host);
  const hosts = provider.hosts.filter(exact);
  const testKeys = testKeyPrefixes(provider);
  const pick = (list: CatalogHost[]) => {
    let best: CatalogHost | undefined;
    let score = -Infinity;
    for (const h of list) {
      const s = (stripStagingMarkers(h.host) === base ? 1000 : 0) + closeness(base, stripStagingMarkers(h.host)) - (h.env === 'legacy-sandbox' ? 500 : 0);
      if (s > score) {
        best = h;
        score = s;
      }
    }
    return best;
  };
  const sandbox = pick(hosts.filter((h) => SANDBOX_ENVS.has(h.env) && h.env !== 'legacy'));
  const keys = testKeys.length ? ` (${testKeys.slice(0, 3).join(', ')})` : '';
  if (sandbox) {
    const others = hosts.filter((h) => SANDBOX_ENVS.has(h.env) && h !== sandbox && h.env !== 'legacy-sandbox').slice(0, 2).map((h) => `\`${h.host}\``);
    return { provider, name, sandbox, testKeys, offers: `${name} documents its sandbox at \`${sandbox.host}\`${others.length ? ` (and ${others.join(', ')})` : ''}` };
  }
  const shared = pick(hosts.filter((h) => h.env === 'shared')) ?? undefined;
  if (shared) {
    const what = testKeys.length ? `test-mode keys${keys}` : 'test credentials';
    return { provider, name, shared, testKeys, offers: `${name} has no separate sandbox host: it offers ${what} against the production host \`${shared.host}\`` };
  }
  const prod = hosts.find((h) => PRODUCTION_ENVS.has(h.env));
  return { provider, name, testKeys, offers: `${name} documents no sandbox host in the catalog${prod ? ` (its production host is \`${prod.host}\`)` : ''}` };
}
