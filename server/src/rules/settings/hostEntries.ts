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
export function allowedHosts(ctx: SettingsContext): CheckedHost[] {
  return allowedIndex(ctx).list;
}

interface AllowedIndex {
  list: CheckedHost[];
  /** `where` + host -> entries, for "is the staging host already allowed in this list" */
  byHost: Map<string, CheckedHost[]>;
}

const allowedCache = new WeakMap<SettingsContext, AllowedIndex>();

function allowedIndex(ctx: SettingsContext): AllowedIndex {
  const hit = allowedCache.get(ctx);
  if (hit) return hit;
  const all = checkedHosts(ctx);
  const denied = all.filter((h) => h.host.effect === 'deny' && !h.norm.invalid);
  const exact = new Set(denied.filter((d) => !d.norm.host.startsWith('*.')).map((d) => d.norm.host));
  const suffixes = denied.filter((d) => d.norm.host.startsWith('*.')).map((d) => d.norm.host);
  const isDenied = (h: CheckedHost) => !h.norm.wildcard && (exact.has(h.norm.host) || suffixes.some((p) => matchHostPattern(h.norm.host, p)));
  const list = all.filter((h) => h.host.effect === 'allow' && !isDenied(h));
  const byHost = new Map<string, CheckedHost[]>();
  for (const h of list) {
    const key = `${h.host.where}\u0000${h.norm.host}`;
    const l = byHost.get(key);
    if (l) l.push(h);
    else byHost.set(key, [h]);
  }
  const index = { list, byHost };
  allowedCache.set(ctx, index);
  return index;
}

/** True when another allowed entry of the same list is this host (a fix must not create a duplicate). */
export function allowedElsewhere(ctx: SettingsContext, host: string, except: CheckedHost): boolean {
  return (allowedIndex(ctx).byHost.get(`${except.host.where}\u0000${host}`) ?? []).some((h) => h !== except);
}

export function replaceFix(h: CheckedHost, host: string, title: string, opts: { preferred?: boolean; safe?: boolean } = {}): Fix {
  return { title, edits: h.host.replace(host), ...opts };
}

export function removeFix(h: CheckedHost, title: string, opts: { preferred?: boolean; safe?: boolean } = {}): Fix {
  return { title, edits: h.host.remove(), ...opts };
}

/** Who acts in a settings file: the agent (the task rules say "the task"). */
export const WHO = 'the agent';
