// The staging host to swap a production host for: the policy's mapping first, then the catalog
// (the same provider's sandbox host with the same role and the most similar name), else a
// derived `api.staging.example.com` when nothing about the host is known.
import type { CatalogIndex, HostFact } from '../catalog/catalog.js';
import type { Policy } from '../core/policy.js';
import { catalogFactsFor, PRODUCTION_ENVS, providersOf, shortProviderName } from './catalogHosts.js';
import { MAX_HOST_LENGTH, normalizeHostEntry } from './hostname.js';
import { PRODUCTION_MARKERS, STAGING_MARKERS } from './markers.js';
import { policyHosts } from './policyHosts.js';
import { internalEndpointOf } from './internal.js';
import { dependencyOf } from './dependencies.js';
import { isPlatformSuffix, publicSuffixOf, registrableDomain } from './publicSuffix.js';

export interface StagingSwap {
  host: string;
  /** 'policy' | 'catalog' | 'derived' */
  from: 'policy' | 'catalog' | 'derived';
  /** provider name when from the catalog */
  provider?: string;
}

const STAGING_WORDS = new Set(STAGING_MARKERS);
const PROD_WORDS = new Set(PRODUCTION_MARKERS);
/** marker words also stripped when glued to a label (`squareupsandbox`, `apitest`, `sandboxapi`) */
const GLUED = ['sandbox', 'testnet', 'test', 'sbx', 'demo', 'staging'];

/** Removes marker labels, hyphen parts and glued marker words, so `connect.squareupsandbox.com` ~ `connect.squareup.com`. */
function stripMarkers(host: string, words: ReadonlySet<string>, glued: readonly string[]): string {
  const labels: string[] = [];
  for (const label of host.split('.')) {
    if (words.has(label)) continue;
    let l = label
      .split('-')
      .filter((p) => !words.has(p))
      .join('-');
    for (const g of glued) {
      if (l.length > g.length + 1 && l.endsWith(g)) l = l.slice(0, -g.length);
      else if (l.length > g.length + 1 && l.startsWith(g)) l = l.slice(g.length);
    }
    if (l) labels.push(l);
  }
  return labels.join('.');
}

/** A host without its staging words (`api.sandbox.twilio.com` -> `api.twilio.com`): what it would be in production. */
export function stripStagingMarkers(host: string): string {
  return stripMarkers(host, STAGING_WORDS, GLUED);
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The same provider's sandbox host closest to a production host: same name once markers are gone, then same role, then edit distance. */
export function catalogSandboxFor(host: string, facts: HostFact[]): HostFact | undefined {
  const target = stripMarkers(host, PROD_WORDS, []);
  const roles = new Set(facts.map((f) => f.host.role));
  let best: HostFact | undefined;
  let bestScore = -Infinity;
  for (const provider of providersOf(facts)) {
    // a sandbox host that mirrors another production host is that host's counterpart, not ours
    const otherProd = new Set(provider.hosts.filter((x) => PRODUCTION_ENVS.has(x.env) && x.host !== host).map((x) => stripMarkers(x.host, PROD_WORDS, [])));
    for (const h of provider.hosts) {
      if (h.pattern || h.host.includes('*') || h.host.includes(':')) continue;
      if (h.env !== 'sandbox' && h.env !== 'staging' && h.env !== 'legacy-sandbox') continue;
      const stripped = stripMarkers(h.host, STAGING_WORDS, GLUED);
      if (stripped !== target && otherProd.has(stripped)) continue;
      let score = (stripped === target ? 1000 : 0) + (h.role !== undefined && roles.has(h.role) ? 100 : 0) - levenshtein(target, stripped);
      if (h.env === 'legacy-sandbox') score -= 500; // retired sandboxes only when nothing current fits
      if (score > bestScore) {
        best = { provider, host: h };
        bestScore = score;
      }
    }
  }
  return best;
}

const derivedMemo = new Map<string, string | undefined>();

/**
 * A staging host derived from the name alone: a production marker becomes `staging`
 * (`api-prod.x.com` -> `api-staging.x.com`), else `staging` goes after the first label
 * (`api.example.com` -> `api.staging.example.com`, `example.com` -> `staging.example.com`).
 */
export function deriveStagingHost(host: string): string | undefined {
  // memoized: every check asks again for the same hosts
  if (derivedMemo.has(host)) return derivedMemo.get(host);
  const d = deriveUncached(host);
  if (derivedMemo.size >= 10_000) derivedMemo.clear();
  derivedMemo.set(host, d);
  return d;
}

function deriveUncached(host: string): string | undefined {
  if (host.includes('*') || host.includes(':') || host.length > MAX_HOST_LENGTH - 8) return undefined;
  const reg = registrableDomain(host);
  if (!reg) return undefined;
  const labels = host.split('.');
  const subCount = labels.length - reg.split('.').length;
  // i === subCount is the registrable label: only a hyphen part may be swapped there (`acme-prod.com`)
  for (let i = 0; i <= subCount; i++) {
    if (i < subCount && PROD_WORDS.has(labels[i])) return [...labels.slice(0, i), 'staging', ...labels.slice(i + 1)].join('.');
    const parts = labels[i].split('-');
    const k = parts.findIndex((p) => PROD_WORDS.has(p));
    if (k >= 0 && parts.length > 1) {
      parts[k] = 'staging';
      return [...labels.slice(0, i), parts.join('-'), ...labels.slice(i + 1)].join('.');
    }
  }
  // on a hosting platform the first label is the only name you own: `my-app.herokuapp.com` -> `my-app-staging.herokuapp.com`
  if (isPlatformSuffix(publicSuffixOf(host))) return `${labels[0]}-staging.${labels.slice(1).join('.')}`;
  if (subCount === 0) return `staging.${host}`;
  return [labels[0], 'staging', ...labels.slice(1)].join('.');
}

/**
 * Where to point instead of a production host. Returns undefined for hosts with nothing to swap
 * (shared hosts, sandbox hosts, catalog providers without a sandbox host, wildcards, IPs).
 */
const swapMemo = new WeakMap<CatalogIndex, WeakMap<Policy, Map<string, StagingSwap | undefined>>>();

/** The staging host to swap a production host for (policy, then catalog, then derived); memoized per catalog and policy. */
export function stagingFor(host: string, catalog: CatalogIndex, policy: Policy): StagingSwap | undefined {
  let byPolicy = swapMemo.get(catalog);
  if (!byPolicy) swapMemo.set(catalog, (byPolicy = new WeakMap()));
  let cache = byPolicy.get(policy);
  if (!cache) byPolicy.set(policy, (cache = new Map()));
  if (cache.has(host)) return cache.get(host);
  const swap = stagingForUncached(host, catalog, policy);
  // bounded: a policy object lives as long as its file is unchanged, but hosts typed in an editor are endless
  if (cache.size > 10_000) cache.clear();
  cache.set(host, swap);
  return swap;
}

function stagingForUncached(host: string, catalog: CatalogIndex, policy: Policy): StagingSwap | undefined {
  const n = normalizeHostEntry(host);
  if (n.invalid || n.wildcard || n.leadingDot) return undefined;
  const h = n.host;
  if (internalEndpointOf(h, catalog) || dependencyOf(h)) return undefined;
  const mapped = policyHosts(policy).stagingByProd.get(h);
  if (mapped) return { host: mapped, from: 'policy' };
  const { facts, pattern } = catalogFactsFor(h, catalog);
  if (facts.length) {
    const prod = facts.filter((f) => PRODUCTION_ENVS.has(f.host.env));
    if (!prod.length || pattern) return undefined;
    const sandbox = catalogSandboxFor(h, prod);
    return sandbox ? { host: sandbox.host.host, from: 'catalog', provider: shortProviderName(sandbox.provider) } : undefined;
  }
  const derived = deriveStagingHost(h);
  return derived ? { host: derived, from: 'derived' } : undefined;
}
