// Host classification: production / sandbox / shared / metadata / dependency / staging-marked / unknown.
// Used by the host rules, the env rules, AGENTS.md checks, completions and hovers.
// (Interface fixed here; the implementation is refined by the host-rules work.)
import type { CatalogIndex, HostFact } from '../catalog/catalog.js';
import type { Policy } from '../policy/types.js';

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
}

export interface StagingSwap {
  host: string;
  /** 'policy' | 'catalog' | 'derived' */
  from: 'policy' | 'catalog' | 'derived';
  /** provider name when from the catalog */
  provider?: string;
}

export function classifyHost(host: string, catalog: CatalogIndex, policy: Policy): HostClass {
  const h = host.toLowerCase();
  if (Object.values(policy.stagingHosts).includes(h)) return { kind: 'sandbox', facts: [], reason: 'policy stagingHosts' };
  if (policy.stagingHosts[h] || policy.productionHosts.includes(h)) return { kind: 'production', facts: [], reason: 'policy' };
  const facts = catalog.byHost.get(h) ?? [];
  if (facts.some((f) => f.host.env === 'production')) return { kind: 'production', facts, reason: 'catalog' };
  if (facts.some((f) => f.host.env === 'shared')) return { kind: 'shared', facts, reason: 'catalog' };
  if (facts.length) return { kind: 'sandbox', facts, reason: 'catalog' };
  return { kind: 'unknown', facts: [], reason: 'not in the catalog' };
}

export function stagingFor(host: string, _catalog: CatalogIndex, policy: Policy): StagingSwap | undefined {
  const h = host.toLowerCase();
  if (policy.stagingHosts[h]) return { host: policy.stagingHosts[h], from: 'policy' };
  return undefined;
}
