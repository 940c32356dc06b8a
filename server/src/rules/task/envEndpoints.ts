// Hosts in `env` values (URLs or bare hosts) with their exact source spans, and allowlist membership.
// Used by production-env-endpoint (SG301), env-host-not-allowlisted (SG302) and the credential host rule.
import type { TaskContext } from '../../models/task/taskContext.js';
import type { EnvEntry, TaskDoc } from '../../models/task/taskModel.js';
import type { Span } from '../../core/types.js';

export interface EnvHost {
  env: EnvEntry;
  doc: TaskDoc;
  /** lowercase, without a trailing dot */
  host: string;
  /** the host as written */
  raw: string;
  /** span of the host in the file (exact when the scalar has no escapes; else the whole value) */
  span: Span;
  /** true when `span` is exactly the host (a swap fix may replace it) */
  exact: boolean;
  /** written as a URL (`https://…`) rather than a bare host */
  url: boolean;
}

const MAX_VALUE = 4096;
const BARE_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]\.?$/i;

/** Hosts in one env value: `https://user@host:443/path`, `host`, `host:8443/path`, comma or space separated. */
export function hostsInValue(value: string): { raw: string; start: number; url: boolean }[] {
  const out: { raw: string; start: number; url: boolean }[] = [];
  if (value.length > MAX_VALUE || value.includes('${') || value.includes('{{')) return out;
  const token = /[^\s,;]+/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(value))) {
    const t = m[0];
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(t);
    if (scheme) {
      let start = scheme[0].length;
      let end = start;
      while (end < t.length && !'/?#'.includes(t[end])) end++;
      const at = t.lastIndexOf('@', end - 1);
      if (at >= start) start = at + 1;
      let hostEnd = start;
      if (t[start] === '[') {
        const close = t.indexOf(']', start);
        if (close < 0 || close > end) continue;
        hostEnd = close + 1;
      } else while (hostEnd < end && t[hostEnd] !== ':') hostEnd++;
      if (hostEnd > start) out.push({ raw: t.slice(start, hostEnd), start: m.index + start, url: true });
      continue;
    }
    let end = 0;
    while (end < t.length && !':/?#'.includes(t[end])) end++;
    const host = t.slice(0, end);
    // a bare host needs a dot and an alphabetic top-level label: not `1.5`, not `v2`
    if (BARE_HOST.test(host)) out.push({ raw: host, start: m.index, url: false });
  }
  return out;
}

const cache = new WeakMap<TaskContext, EnvHost[]>();

/** Every endpoint host in every document's `env`. */
export function envHosts(ctx: TaskContext): EnvHost[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const out: EnvHost[] = [];
  for (const doc of ctx.docs) {
    for (const env of doc.env) {
      if (env.value === undefined || !env.innerSpan || !env.valueSpan) continue;
      const exactSource = ctx.text.slice(env.innerSpan.start, env.innerSpan.end) === env.value;
      for (const h of hostsInValue(env.value)) {
        const host = h.raw.toLowerCase().replace(/\.$/, '');
        const span = exactSource ? { start: env.innerSpan.start + h.start, end: env.innerSpan.start + h.start + h.raw.length } : env.valueSpan;
        out.push({ env, doc, host, raw: h.raw, span, exact: exactSource, url: h.url });
      }
    }
  }
  cache.set(ctx, out);
  return out;
}

/** Normalizes an allowlist entry as far as matching needs (host rules report what is wrong with it). */
function entryHost(value: string): string {
  let v = value.trim().toLowerCase();
  const sep = v.indexOf('://');
  if (sep >= 0) v = v.slice(sep + 3);
  // redos: runs on one env value; re-tries only across line breaks inside it (accepted in test/regex/accepted.ts)
  v = v.replace(/[/?#].*$/, '');
  v = v.slice(v.lastIndexOf('@') + 1);
  if (!v.startsWith('[')) v = v.replace(/:\d*$/, '');
  return v.replace(/\.$/, '');
}

interface AllowIndex {
  exact: Set<string>;
  /** `.x.y` for entries `*.x.y` / `.x.y` */
  suffixes: Set<string>;
  any: boolean;
}

const allowCache = new WeakMap<TaskDoc, AllowIndex>();

function allowIndex(doc: TaskDoc): AllowIndex {
  let idx = allowCache.get(doc);
  if (idx) return idx;
  idx = { exact: new Set(), suffixes: new Set(), any: false };
  for (const e of doc.allowlist) {
    const a = entryHost(e.value);
    if (a === '*') idx.any = true;
    else if (a.startsWith('*.')) idx.suffixes.add(a.slice(1));
    else if (a.startsWith('.')) idx.suffixes.add(a);
    else idx.exact.add(a);
  }
  allowCache.set(doc, idx);
  return idx;
}

/** Whether the document's `allowlist`/`allowlist_additions` lets the task reach `host` (`*.x.y` and `.x.y` allow subdomains). */
export function isAllowlisted(doc: TaskDoc, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const idx = allowIndex(doc);
  if (idx.any || idx.exact.has(h)) return true;
  // every proper suffix starting at a dot: a.b.c -> .b.c, .c
  for (let dot = h.indexOf('.'); dot >= 0; dot = h.indexOf('.', dot + 1)) {
    if (dot > 0 && idx.suffixes.has(h.slice(dot))) return true;
  }
  return false;
}
