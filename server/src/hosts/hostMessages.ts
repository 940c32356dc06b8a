// The wording of host findings, shared by every format's host rules (task `allowlist`, Claude Code
// `allowedDomains`, Codex `domains`, …): one host, one judgement, one way of saying it.
import type { CatalogIndex } from '../catalog/catalog.js';
import type { Severity } from '../core/types.js';
import { hostsIndex, providersOf, shortProviderName } from './catalogHosts.js';
import type { HostClass } from './classify.js';
import type { NormalizedHost } from './hostname.js';
import { COMMON_TLDS, type InternalInfo } from './internal.js';
import { stagingMarkerOf } from './markers.js';
import { testKeyPrefixes } from './providers.js';
import { isListedPublicSuffix, isPublicSuffix, registrableDomain } from './publicSuffix.js';

/** One step lower, for findings that rest on unverified catalog facts. */
export const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };
export const UNVERIFIED = ' (unverified catalog fact)';

export const PRODUCTION_BLAST = 'an agent task that can reach it acts on live accounts, real money and real customer data';

/** Why a host is production: "is a production host of PayPal", "matches the production pattern … in productionHosts of the policy". */
export function productionSource(c: HostClass): string {
  const unverified = c.unverified ? UNVERIFIED : '';
  if (c.reason.startsWith('policy pattern')) return `matches the production pattern \`${c.pattern}\` in productionHosts of the policy`;
  if (c.reason === 'policy') return 'is a production host according to the policy (.sandbox-guard.yaml)';
  const what = c.env === 'legacy-production' ? 'a legacy production host' : 'a production host';
  if (c.pattern) return `matches \`${c.pattern}\`, ${what.replace('host', 'pattern')} of ${c.provider} in the catalog${unverified}`;
  return `is ${what} of ${c.provider}${unverified}`;
}

/** Who says an endpoint's host is what it is, for env-value findings: ` (PayPal, per the catalog)`, ` (policy)`. */
export function endpointSource(c: HostClass): string {
  // `PayPal (REST, NVP/SOAP, checkout)` -> `PayPal`
  // redos: runs on catalog provider names (our data, a few words) (accepted in test/regex/accepted.ts)
  const provider = c.facts[0]?.provider.name.replace(/\s*\(.*\)\s*$/, '');
  return provider ? ` (${provider}, per the catalog${c.unverified ? ', unverified' : ''})` : c.reason === 'catalog' ? '' : ` (${c.reason})`;
}

function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A host that serves test and live mode alike: the credential decides. `who` is what uses the key (`this task`, `the agent`). */
export function sharedHostMessage(where: string, c: HostClass, who = 'this task'): string {
  const host = c.host!;
  const prefixes = providersOf(c.facts).flatMap(testKeyPrefixes);
  const keys = prefixes.length
    ? `a test-mode key (${orList(prefixes.slice(0, 4))}), never a live key`
    : 'a test-mode or sandbox credential (created in the provider\'s test mode, not a live one)';
  const unverified = c.unverified ? UNVERIFIED : '';
  const via = c.pattern ? ` (matches \`${c.pattern}\`)` : '';
  return `\`${host}\` in ${where}${via} serves both test and live mode of ${c.provider}${unverified}: the credential decides which one a call reaches. Make sure the credential ${who} uses for it is ${keys}.`;
}

/** Why a host nobody vouched for is reported (SG102). `who` reaches production (`the task`, `the agent`). */
export function unverifiedHostMessage(host: string, where: string, derived: string | undefined, who = 'the task'): string {
  const todo = derived ? `Use its staging host (perhaps \`${derived}\`)` : 'Use its staging host';
  return `\`${host}\` in ${where} is not a known staging or sandbox host (not in the catalog or the policy, not a dependency host, no staging label such as \`staging\` or \`sandbox\`): if it is production, ${who} can reach production. ${todo}, or, if it is a staging host, record it in .sandbox-guard.yaml (\`stagingHosts\` or \`stagingMarkers\`).`;
}

/** What reaching an internal endpoint gives away (SG104). */
export function internalBlastRadius(info: InternalInfo): string {
  if (info.endpoints.length) return "a task that reaches it can read the VM's cloud credentials (instance role tokens) and act as the VM in the cloud account";
  if (info.ip?.range === 'public') return 'name the host instead, so reviewers and the catalog can tell what it is';
  return "allowlisting it opens services inside the sandbox's own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach";
}

/** The fixed part a wildcard entry must end with: `*.x.y` -> `x.y`, `api-*.x.y` -> `x.y`, `.x.y` -> `x.y`. */
function fixedTail(host: string): string {
  const star = host.lastIndexOf('*');
  let tail = star >= 0 ? host.slice(star + 1) : host;
  while (tail.startsWith('.') || tail.startsWith('-')) tail = tail.slice(1);
  return tail;
}

/** Up to three catalog production hosts (or patterns) the wildcard's tail covers. */
function productionUnder(catalog: CatalogIndex, tail: string): string[] {
  const reg = registrableDomain(tail) ?? tail;
  const facts = hostsIndex(catalog).productionByDomain.get(reg) ?? [];
  const out = new Map<string, string>();
  for (const f of facts) {
    const h = f.host.host;
    if ((h === tail || h.endsWith(`.${tail}`) || h.endsWith(`-${tail}`)) && !out.has(h)) out.set(h, `\`${h}\` (${shortProviderName(f.provider)})`);
    if (out.size === 3) break;
  }
  return [...out.values()];
}

/**
 * The verdict on a wildcard or over-broad entry (SG103): `*`, `*.com`, `*.amazonaws.com`, `.example.com`, a
 * bare public suffix; undefined for an ordinary host. `who` needs the hosts (`the task`, `the agent`).
 */
export function wildcardVerdict(catalog: CatalogIndex, norm: NormalizedHost, where: string, who = 'the task'): { message: string; severity: 'error' | 'warning' } | undefined {
  const { host, wildcard, leadingDot } = norm;
  const need = `List the exact staging hosts ${who} needs.`;
  if (!wildcard && !leadingDot) {
    // a bare public suffix: exact-match proxies ignore it, suffix-matching ones allow everything under it
    if (!isListedPublicSuffix(host) && !COMMON_TLDS.has(host)) return undefined;
    return { message: `\`${host}\` in ${where} is a public suffix, not a host: proxies that match by suffix allow every host under .${host}, anyone's production included. ${need}`, severity: 'error' };
  }
  const tail = fixedTail(host);
  const form = leadingDot ? 'a suffix match (like `*' + host + '`)' : 'a wildcard';
  if (tail === '') {
    return { message: `\`${host}\` in ${where} allows every host on the internet: the allowlist no longer keeps ${who} off production. ${need}`, severity: 'error' };
  }
  if (isPublicSuffix(tail)) {
    return { message: `\`${host}\` in ${where} is ${form} over the public suffix .${tail}: it reaches every host anyone registers under it, every production API included. ${need}`, severity: 'error' };
  }
  const prod = productionUnder(catalog, tail);
  const examples = prod.length ? `, e.g. ${prod.join(', ')}` : '';
  const marked = stagingMarkerOf(tail, undefined) ? ' (a staging label in the suffix does not stop production hosts from living under it)' : '';
  return {
    message: `\`${host}\` in ${where} is ${form}: it also reaches every production subdomain of ${tail}${examples}, including hosts added later${marked}. ${need}`,
    severity: 'warning',
  };
}
