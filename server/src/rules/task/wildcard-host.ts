// SG103: wildcard and over-broad entries (`*`, `*.com`, `*.amazonaws.com`, `.example.com`, `co.uk`).
import type { TaskContext, TaskRule } from '../../models/task/taskContext.js';
import { hostsIndex, shortProviderName } from '../../hosts/catalogHosts.js';
import { COMMON_TLDS } from '../../hosts/internal.js';
import { stagingMarkerOf } from '../../hosts/markers.js';
import { isListedPublicSuffix, isPublicSuffix, registrableDomain } from '../../hosts/publicSuffix.js';
import { allowlistEntries, listName, type CheckedEntry } from './hostEntryUtil.js';
import { wildcardHostMeta } from '../meta/task/wildcard-host.js';

/** The fixed part a wildcard entry must end with: `*.x.y` -> `x.y`, `api-*.x.y` -> `x.y`, `.x.y` -> `x.y`. */
function fixedTail(host: string): string {
  const star = host.lastIndexOf('*');
  let tail = star >= 0 ? host.slice(star + 1) : host;
  while (tail.startsWith('.') || tail.startsWith('-')) tail = tail.slice(1);
  return tail;
}

/** Up to three catalog production hosts (or patterns) the wildcard's tail covers. */
function productionUnder(ctx: TaskContext, tail: string): string[] {
  const reg = registrableDomain(tail) ?? tail;
  const facts = hostsIndex(ctx.catalog).productionByDomain.get(reg) ?? [];
  const out = new Map<string, string>();
  for (const f of facts) {
    const h = f.host.host;
    if ((h === tail || h.endsWith(`.${tail}`) || h.endsWith(`-${tail}`)) && !out.has(h)) out.set(h, `\`${h}\` (${shortProviderName(f.provider)})`);
    if (out.size === 3) break;
  }
  return [...out.values()];
}

function check(ctx: TaskContext, e: CheckedEntry): { message: string; severity: 'error' | 'warning' } | undefined {
  const { host, wildcard, leadingDot } = e.norm;
  const where = listName(e);
  if (!wildcard && !leadingDot) {
    // a bare public suffix: exact-match proxies ignore it, suffix-matching ones allow everything under it
    if (!isListedPublicSuffix(host) && !COMMON_TLDS.has(host)) return undefined;
    return {
      message: `\`${host}\` in ${where} is a public suffix, not a host: proxies that match by suffix allow every host under .${host}, anyone's production included. List the exact staging hosts the task needs.`,
      severity: 'error',
    };
  }
  const tail = fixedTail(host);
  const form = leadingDot ? 'a suffix match (like `*' + host + '`)' : 'a wildcard';
  if (tail === '') {
    return { message: `\`${host}\` in ${where} allows every host on the internet: the allowlist no longer keeps the task off production. List the exact staging hosts the task needs.`, severity: 'error' };
  }
  if (isPublicSuffix(tail)) {
    return {
      message: `\`${host}\` in ${where} is ${form} over the public suffix .${tail}: it reaches every host anyone registers under it, every production API included. List the exact staging hosts the task needs.`,
      severity: 'error',
    };
  }
  const prod = productionUnder(ctx, tail);
  const examples = prod.length ? `, e.g. ${prod.join(', ')}` : '';
  const marked = stagingMarkerOf(tail, undefined) ? ' (a staging label in the suffix does not stop production hosts from living under it)' : '';
  return {
    message: `\`${host}\` in ${where} is ${form}: it also reaches every production subdomain of ${tail}${examples}, including hosts added later${marked}. List the exact staging hosts the task needs.`,
    severity: 'warning',
  };
}

export const wildcardHost: TaskRule = {
  ...wildcardHostMeta,
  check(ctx, report) {
    for (const e of allowlistEntries(ctx)) {
      if (e.norm.invalid && !e.norm.wildcard) continue;
      const r = check(ctx, e);
      if (r) report({ message: r.message, span: e.entry.span, severity: r.severity === 'warning' ? 'warning' : undefined });
    }
  },
};
