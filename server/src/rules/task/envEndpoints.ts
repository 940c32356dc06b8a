// Hosts in `env` values (URLs or bare hosts) with their exact source spans, and allowlist membership.
// Used by production-env-endpoint (SG301), env-host-not-allowlisted (SG302) and the credential host rule.
import type { TaskContext } from '../../models/task/taskContext.js';
import type { EnvEntry, TaskDoc } from '../../models/task/taskModel.js';
import type { Span } from '../../core/types.js';
import { normalizeHostEntry } from '../../hosts/hostname.js';
import { hostsInValue, reportedHost } from '../../hosts/urlHosts.js';

export interface EnvHost {
  env: EnvEntry;
  doc: TaskDoc;
  /** as the WHATWG parser reads it: lowercase, punycode, percent-decoded, no brackets or trailing dot */
  host: string;
  /** the host as written */
  raw: string;
  /** where the host is used, the span findings point at: the host in the value, or the alias (`*name`) that brings the value */
  span: Span;
  /** span of the host where it is written (at the anchor when aliased; exact when `exact`) */
  written: Span;
  /** true when `written` is exactly the host (a swap fix may replace it) */
  exact: boolean;
  /** reached through an alias or a merge key: an edit at `written` changes every use of the anchor */
  aliased: boolean;
  /** written as a URL (`https://…`) rather than a bare host */
  url: boolean;
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
        const host = reportedHost(h.raw);
        const written = exactSource ? { start: env.innerSpan.start + h.start, end: env.innerSpan.start + h.start + h.raw.length } : (env.via.length ? env.innerSpan : env.valueSpan);
        const aliased = env.via.length > 0;
        out.push({ env, doc, host, raw: h.raw, span: aliased ? env.valueSpan : written, written, exact: exactSource, aliased, url: h.url });
      }
    }
  }
  cache.set(ctx, out);
  return out;
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
    const a = normalizeHostEntry(e.value).host;
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
