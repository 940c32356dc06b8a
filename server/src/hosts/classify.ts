// Host classification: production / sandbox / shared / metadata / dependency / staging-marked / unknown.
// Used by the host rules, the env rules, AGENTS.md checks, completions and hovers.
// Order of evidence: internal endpoints, the policy's exact hosts, the catalog's exact hosts, the
// policy's production patterns, the catalog's wildcards, dependency hosts, a catalogued provider's
// domain (unlisted hosts there are unknown, whatever their name says), staging markers.
import type { CatalogIndex, HostEnv, HostFact } from '../catalog/catalog.js';
import type { Policy } from '../core/policy.js';
import { catalogFactsFor, hostsIndex, PRODUCTION_ENVS, providerNames, shortProviderName } from './catalogHosts.js';
import { dependencyOf } from './dependencies.js';
import { normalizeHostEntry } from './hostname.js';
import { internalEndpointOf, type InternalInfo } from './internal.js';
import { stagingMarkerOf } from './markers.js';
import { policyHosts, policyProductionPattern } from './policyHosts.js';
import { providerDomainOf, type ProviderDomain } from './providerDomain.js';

export type HostKind =
  | 'production' // catalog production host or policy productionHosts
  | 'shared' // same host serves test and live mode; the key decides (Stripe, Twilio, ...)
  | 'sandbox' // catalog sandbox/staging host, or a value of policy stagingHosts
  | 'staging-marked' // marked by a label such as staging, sandbox, test, qa, ...
  | 'dependency' // package registry, git forge, OS mirror: no credentials
  | 'metadata' // cloud metadata / internal endpoint
  | 'unknown';

export interface HostClass {
  kind: HostKind;
  /** the catalog facts behind the classification, if any */
  facts: HostFact[];
  /** true when the deciding fact is from-memory-unverified */
  unverified?: boolean;
  /** where the classification came from, for messages and hovers */
  reason: string;
  /** the normalized host that was classified */
  host?: string;
  /** the deciding catalog environment (e.g. `legacy-production`) */
  env?: HostEnv;
  /** provider names of the deciding facts, e.g. "PayPal, Venmo" */
  provider?: string;
  /** the catalog or policy wildcard that matched, when not an exact host */
  pattern?: string;
  /** the staging marker word (for `staging-marked`) */
  marker?: string;
  /** the dependency domain (for `dependency`) */
  dependency?: string;
  /** what the endpoint really is (for `metadata`) */
  internal?: InternalInfo;
  /**
   * for `unknown`: the catalogued providers whose domain the host is under (`api.sandbox.twilio.com`);
   * their catalog decides what is a test host there, not a staging word in the name
   */
  providerDomain?: ProviderDomain;
}

export { stagingFor, deriveStagingHost, type StagingSwap } from './staging.js';

/** Picks the deciding environment of some catalog facts: production beats shared beats sandbox. */
function decide(facts: HostFact[]): { kind: 'production' | 'shared' | 'sandbox'; deciding: HostFact[] } {
  const prod = facts.filter((f) => PRODUCTION_ENVS.has(f.host.env));
  if (prod.length) return { kind: 'production', deciding: prod };
  const shared = facts.filter((f) => f.host.env === 'shared');
  if (shared.length) return { kind: 'shared', deciding: shared };
  return { kind: 'sandbox', deciding: facts };
}

function fromFacts(host: string, facts: HostFact[], pattern?: string): HostClass {
  const { kind, deciding } = decide(facts);
  return {
    kind,
    facts: deciding,
    host,
    env: deciding[0].host.env,
    provider: providerNames(deciding),
    pattern,
    unverified: deciding.every((f) => f.host.confidence === 'from-memory-unverified'),
    reason: pattern ? `catalog pattern ${pattern}` : 'catalog',
  };
}

// Results per catalog and policy object, so the editor's re-check on every keystroke and configs
// that repeat hosts classify each host once. Bounded: cleared when it grows past MEMO_LIMIT.
const MEMO_LIMIT = 20000;
const memo = new WeakMap<CatalogIndex, WeakMap<Policy, Map<string, HostClass>>>();

/** Classifies a host; the input may be any entry text (it is normalized first). Treat the result as read-only. */
export function classifyHost(host: string, catalog: CatalogIndex, policy: Policy): HostClass {
  let byPolicy = memo.get(catalog);
  if (!byPolicy) memo.set(catalog, (byPolicy = new WeakMap()));
  let cache = byPolicy.get(policy);
  if (!cache) byPolicy.set(policy, (cache = new Map()));
  const hit = cache.get(host);
  if (hit) return hit;
  const c = classifyUncached(host, catalog, policy);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  if (host.length <= 1024) cache.set(host, c);
  return c;
}

function classifyUncached(host: string, catalog: CatalogIndex, policy: Policy): HostClass {
  const n = normalizeHostEntry(host);
  const h = n.host;
  const ph = policyHosts(policy);
  if (n.wildcard || n.leadingDot) return classifyWildcard(h, catalog, ph);
  if (n.invalid) return { kind: 'unknown', facts: [], host: h, reason: `not a host name: ${n.invalid}` };

  const internal = internalEndpointOf(h, catalog);
  if (internal) return { kind: 'metadata', facts: [], host: h, internal, unverified: internal.unverified, reason: 'internal endpoint' };

  if (ph.stagingValues.has(h)) return { kind: 'sandbox', facts: [], host: h, reason: 'policy stagingHosts' };
  if (ph.stagingByProd.has(h) || ph.prodExact.has(h)) return { kind: 'production', facts: [], host: h, reason: 'policy' };

  const exact = catalog.byHost.get(h);
  if (exact?.length) return fromFacts(h, exact);

  const marker = stagingMarkerOf(h, ph.markers);
  const prodPattern = policyProductionPattern(h, ph);
  // a wildcard is broad: an explicit staging label in the host is the more specific evidence
  if (prodPattern && !marker) return { kind: 'production', facts: [], host: h, pattern: prodPattern, reason: `policy pattern ${prodPattern}` };

  const viaPattern = catalogFactsFor(h, catalog);
  if (viaPattern.facts.length) {
    const c = fromFacts(h, viaPattern.facts, viaPattern.pattern);
    if (!(c.kind === 'production' && marker)) return c;
  }

  const dependency = dependencyOf(h);
  if (dependency) return { kind: 'dependency', facts: [], host: h, dependency, reason: `dependency host (${dependency})` };
  // under a catalogued provider's domain the catalog says what its test hosts are: a staging word does not.
  // Not for hosts a catalog wildcard covers (`*.okta.com` tenants): there the customer names the host.
  const providerDomain = viaPattern.facts.length ? undefined : providerDomainOf(h, catalog);
  if (providerDomain) {
    const names = providerDomain.providers.map(shortProviderName).join(', ');
    return { kind: 'unknown', facts: [], host: h, marker, providerDomain, reason: `under ${providerDomain.domain} (${names} in the catalog) but not a host the catalog lists` };
  }
  if (marker) return { kind: 'staging-marked', facts: [], host: h, marker, reason: `staging marker "${marker}"` };
  return { kind: 'unknown', facts: [], host: h, reason: 'not in the catalog or the policy, and no staging marker' };
}

/** A wildcard entry is only "known" when it is literally a catalog or policy pattern. */
function classifyWildcard(h: string, catalog: CatalogIndex, ph: ReturnType<typeof policyHosts>): HostClass {
  const asPattern = h.startsWith('.') ? `*${h}` : h;
  if (ph.prodPatterns.includes(asPattern)) return { kind: 'production', facts: [], host: h, pattern: asPattern, reason: `policy pattern ${asPattern}` };
  const facts = hostsIndex(catalog).patternByText.get(asPattern);
  if (facts?.length) return fromFacts(h, facts, asPattern);
  return { kind: 'unknown', facts: [], host: h, reason: 'wildcard' };
}
