// Shared by the settings host rules (SG101–SG104 over any settings format): each host entry with its
// normalized host and classification, computed once per check however many rules ask.
import type { Fix } from '../../core/types.js';
import { classifyHost, type HostClass } from '../../hosts/classify.js';
import { normalizeHostEntry, type NormalizedHost } from '../../hosts/hostname.js';
import type { SettingsContext } from '../../models/settings/context.js';
import type { SettingsHost } from '../../models/settings/model.js';
import { matchHostPattern } from '../../models/policy/hostPattern.js';

export interface CheckedHost {
  host: SettingsHost;
  norm: NormalizedHost;
  cls: HostClass;
}

const cache = new WeakMap<SettingsContext, CheckedHost[]>();

/** Every host entry of the file, normalized and classified (deny entries too: rules filter by effect). */
export function checkedHosts(ctx: SettingsContext): CheckedHost[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out = ctx.model.hosts.map((host) => {
    const norm = normalizeHostEntry(host.text);
    return { host, norm, cls: classifyHost(norm.host, ctx.catalog, ctx.policy) };
  });
  cache.set(ctx, out);
  return out;
}

/**
 * The allowed entries (allow lists, `WebFetch(domain:…)` allow rules) that no deny entry of the file covers:
 * in every format read so far a deny wins over an allow, so a denied host is not reachable however it is allowed.
 */
// once per check: every host rule asks, and a rule asks again per entry (allowedElsewhere)
const allowedCache = new WeakMap<SettingsContext, { list: CheckedHost[]; byWhere: Map<string, CheckedHost[]> }>();

function allowed(ctx: SettingsContext): { list: CheckedHost[]; byWhere: Map<string, CheckedHost[]> } {
  const hit = allowedCache.get(ctx);
  if (hit) return hit;
  const all = checkedHosts(ctx);
  // distinct deny patterns only: configs repeat them per profile
  const denied = [...new Set(all.filter((h) => h.host.effect === 'deny' && !h.norm.invalid).map((d) => d.norm.host))];
  const list = all.filter((h) => h.host.effect === 'allow' && !denied.some((d) => !h.norm.wildcard && matchHostPattern(h.norm.host, d)));
  const byWhere = new Map<string, CheckedHost[]>();
  for (const h of list) {
    const key = `${h.host.where}\u0000${h.norm.host}`;
    byWhere.set(key, [...(byWhere.get(key) ?? []), h]);
  }
  const out = { list, byWhere };
  allowedCache.set(ctx, out);
  return out;
}

export function allowedHosts(ctx: SettingsContext): CheckedHost[] {
  return allowed(ctx).list;
}

/** True when another allowed entry is this host (a fix must not create a duplicate). */
export function allowedElsewhere(ctx: SettingsContext, host: string, except: CheckedHost): boolean {
  return (allowed(ctx).byWhere.get(`${except.host.where}\u0000${host}`) ?? []).some((h) => h !== except);
}

export function replaceFix(h: CheckedHost, host: string, title: string, opts: { preferred?: boolean; safe?: boolean } = {}): Fix {
  return { title, edits: h.host.replace(host), ...opts };
}

export function removeFix(h: CheckedHost, title: string, opts: { preferred?: boolean; safe?: boolean } = {}): Fix {
  return { title, edits: h.host.remove(), ...opts };
}

/** Who acts in a settings file: the agent (the task rules say "the task"). */
export const WHO = 'the agent';
