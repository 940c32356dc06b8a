// The one source of staging-host suggestions for every completion (task-config allowlists, credential
// hosts, env URLs, URLs in AGENTS.md): the policy's stagingHosts values, staging hosts already used in
// the workspace, and the catalog's sandbox hosts. A host classified production, shared or internal is
// never offered, whatever its source — with one labelled exception: for a provider the file points at that
// has no sandbox host (Stripe, Twilio), an item says so and offers its shared host for use with a test-mode key.
// With a context (the providers the file points at), those providers' hosts come first.
import { loadCatalog, type CatalogProvider, type HostFact } from '../catalog/catalog.js';
import { classifyHost } from './classify.js';
import { hostOf } from './hostname.js';
import type { Policy } from '../core/policy.js';
import { testKeyPrefixes } from './providers.js';

export interface HostSuggestion {
  host: string;
  /** e.g. "PayPal · sandbox" */
  detail: string;
  /** Markdown: the production equivalent, confidence, source */
  documentation: string;
  /** 0 policy, 1 workspace, 2 catalog */
  rank: number;
  /** a host of a provider the file points at: ranked before the others */
  forFile?: boolean;
  /** the provider's shared test/live host, offered because it has no sandbox host: only with a test-mode key */
  shared?: boolean;
}

/** What the file in front of the user points at, for ranking. */
export interface SuggestionContext {
  /** catalog provider ids (from credential names, env names, other hosts: `providersMentioned`) */
  providers?: readonly string[];
}

/** "PayPal (REST, NVP/SOAP, checkout)" -> "PayPal" */
export function providerName(name: string): string {
  // a scan, not a regex: the last parenthetical at the end goes
  const t = name.trimEnd();
  const open = t.lastIndexOf('(');
  if (!t.endsWith(')') || open < 0 || t.indexOf(')', open) !== t.length - 1) return name;
  return t.slice(0, open).trimEnd() || name;
}

const SANDBOX_ENVS = new Set(['sandbox', 'staging', 'legacy-sandbox']);

let catalogList: HostSuggestion[] | undefined;

function productionEquivalents(provider: CatalogProvider, fact: HostFact): string[] {
  const prod = provider.hosts.filter((h) => h.env === 'production' && !h.pattern && !h.host.includes('*'));
  const sameRole = prod.filter((h) => fact.host.role && h.role === fact.host.role);
  return (sameRole.length ? sameRole : prod).slice(0, 3).map((h) => h.host);
}

/** The catalog's sandbox/staging hosts, computed once. */
function catalogSuggestions(): HostSuggestion[] {
  if (catalogList) return catalogList;
  const cat = loadCatalog();
  const seen = new Set<string>();
  catalogList = [];
  for (const provider of cat.providers) {
    for (const h of provider.hosts) {
      if (!SANDBOX_ENVS.has(h.env) || h.pattern || h.host.includes('*') || h.host.includes('{') || seen.has(h.host)) continue;
      seen.add(h.host);
      const prod = productionEquivalents(provider, { provider, host: h });
      const lines = [
        `**${providerName(provider.name)}** ${h.env} host${h.role ? ` (${h.role})` : ''}.`,
        prod.length ? `Production equivalent: ${prod.map((p) => `\`${p}\``).join(', ')}.` : '',
        h.note ?? '',
        `Confidence: ${h.confidence}${/^https?:/.test(h.source) ? ` — [source](${h.source})` : ''}.`,
      ];
      catalogList.push({ host: h.host, detail: `${providerName(provider.name)} · ${h.env}`, documentation: lines.filter(Boolean).join('\n\n'), rank: 2 });
    }
  }
  return catalogList;
}

const SAFE_KINDS = new Set(['sandbox', 'staging-marked']);
const UNSAFE = new Set(['production', 'shared', 'metadata']);

/** Catalog suggestions that survive a policy's classification, cached per policy object. */
const filteredCatalog = new WeakMap<Policy, HostSuggestion[]>();

/** A host used in the workspace; `detail` says where when the caller knows better ("allowlisted in …"). */
export interface UsedHost {
  host: string;
  detail?: string;
}

export function hostSuggestions(policy: Policy, workspaceHosts: Iterable<string | UsedHost>, context: SuggestionContext = {}): HostSuggestion[] {
  const cat = loadCatalog();
  let fromCatalog = filteredCatalog.get(policy);
  if (!fromCatalog) {
    fromCatalog = catalogSuggestions().filter((s) => !UNSAFE.has(classifyHost(s.host, cat, policy).kind));
    filteredCatalog.set(policy, fromCatalog);
  }
  const out = new Map<string, HostSuggestion>();
  const add = (s: HostSuggestion) => {
    if (out.has(s.host)) return;
    // the final filter: whatever the source, a host classified production (or shared with live) is never offered
    if (UNSAFE.has(classifyHost(s.host, cat, policy).kind)) return;
    out.set(s.host, s);
  };
  for (const [prod, staging] of Object.entries(policy.stagingHosts)) {
    add({ host: staging, detail: 'Policy · staging', documentation: `Staging host for production \`${prod}\` (team policy${policy.path ? ` \`${policy.path}\`` : ''}).`, rank: 0 });
  }
  for (const used of workspaceHosts) {
    const h = hostOf(typeof used === 'string' ? used : used.host, 'suggestion');
    if (!h) continue;
    const c = classifyHost(h, cat, policy);
    if (!SAFE_KINDS.has(c.kind)) continue;
    const fact = c.facts[0];
    const where = typeof used === 'string' ? undefined : used.detail;
    const detail = where ?? (fact ? `${providerName(fact.provider.name)} · ${fact.host.env} (workspace)` : 'Workspace · staging');
    add({ host: h, detail, documentation: where ? `${where[0].toUpperCase()}${where.slice(1)} (${c.reason}).` : `Already used in this workspace's task configs (${c.reason}).`, rank: 1 });
  }
  for (const s of fromCatalog) if (!out.has(s.host)) out.set(s.host, s);
  const wanted = new Set(context.providers ?? []);
  if (!wanted.size) return [...out.values()];
  const first: HostSuggestion[] = [];
  for (const provider of cat.providers) {
    if (!wanted.has(provider.id)) continue;
    const own = provider.hosts.map((h) => h.host);
    for (const [host, sug] of out) if (own.includes(host)) first.push({ ...sug, forFile: true });
    if (!own.some((h) => out.has(h))) first.push(...sharedItems(provider, cat, policy));
  }
  const taken = new Set(first.map((s) => s.host));
  return [...first, ...[...out.values()].filter((s) => !taken.has(s.host))];
}

/**
 * A provider without a sandbox host: its shared test/live hosts (the API one first), each saying that there
 * is no sandbox host and what to do instead. Only hosts the policy and catalog classify as shared.
 */
function sharedItems(provider: CatalogProvider, cat: ReturnType<typeof loadCatalog>, policy: Policy): HostSuggestion[] {
  const name = providerName(provider.name);
  const shared = provider.hosts
    .filter((h) => h.env === 'shared' && !h.pattern && !h.host.includes('*') && !h.host.includes('{'))
    .filter((h) => classifyHost(h.host, cat, policy).kind === 'shared')
    .sort((a, b) => Number(b.role === 'api') - Number(a.role === 'api'));
  const keys = testKeyPrefixes(provider);
  const key = keys.length ? `a test-mode key (${keys.slice(0, 3).map((k) => `\`${k}…\``).join(', ')})` : 'test credentials';
  return shared.slice(0, 3).map((h) => ({
    host: h.host,
    detail: `${name} · no sandbox host: use a test-mode key`,
    documentation: [
      `**${name} has no separate sandbox host.** \`${h.host}\` serves test and live mode alike: the key decides which one a call reaches.`,
      `Allowlist it only with ${key}, and state that on the credential with \`mode: test\`. A live key of ${name} in the file makes this host an error.`,
      provider.sandboxModelNote ?? '',
    ].filter(Boolean).join('\n\n'),
    rank: 2,
    forFile: true,
    shared: true,
  }));
}
