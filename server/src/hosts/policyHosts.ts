// The policy's host settings, normalized once per policy object.
import { matchesHostPattern } from '../catalog/catalog.js';
import type { Policy } from '../core/policy.js';
import { normalizeHostEntry } from './hostname.js';
import { markerSet } from './markers.js';

export interface PolicyHosts {
  /** production host -> staging host */
  stagingByProd: Map<string, string>;
  /** every staging host the policy names */
  stagingValues: Set<string>;
  prodExact: Set<string>;
  /** `*.x.y` (or `a-*.x.y`) production patterns */
  prodPatterns: string[];
  markers: ReadonlySet<string>;
}

const cache = new WeakMap<Policy, PolicyHosts>();

const norm = (h: string) => normalizeHostEntry(String(h)).host;

export function policyHosts(policy: Policy): PolicyHosts {
  const hit = cache.get(policy);
  if (hit) return hit;
  const stagingByProd = new Map<string, string>();
  const stagingValues = new Set<string>();
  for (const [prod, staging] of Object.entries(policy.stagingHosts ?? {})) {
    if (typeof staging !== 'string') continue;
    stagingByProd.set(norm(prod), norm(staging));
    stagingValues.add(norm(staging));
  }
  const prodExact = new Set<string>();
  const prodPatterns: string[] = [];
  for (const p of policy.productionHosts ?? []) {
    const h = norm(p);
    if (h.includes('*')) prodPatterns.push(h);
    else if (h.startsWith('.')) prodPatterns.push(`*${h}`);
    else prodExact.add(h);
  }
  const ph = { stagingByProd, stagingValues, prodExact, prodPatterns, markers: markerSet(policy.stagingMarkers ?? []) };
  cache.set(policy, ph);
  return ph;
}

/** The policy production pattern a host matches (no regexes: a policy file must not hang the checker). */
export function policyProductionPattern(host: string, ph: PolicyHosts): string | undefined {
  for (const p of ph.prodPatterns) if (matchesHostPattern(p, host)) return p;
  return undefined;
}
