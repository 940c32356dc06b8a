// Hosts used in a task config (allowlists, credential hosts, env URLs), for completion suggestions.
// Reuses the engine's YAML model; nothing is checked here.
import { buildTaskDoc } from '../models/task/taskModel.js';
import { parseYaml, preflight } from '../core/yamlSource.js';

/** The host of a URL-ish or bare value, lowercase, or undefined when it has none. */
export function hostOf(value: string): string | undefined {
  // a URL longer than this is not something to look up (and keeps the regex below cheap)
  if (value.length > 2048) return undefined;
  let v = value.trim();
  const scheme = v.indexOf('://');
  if (scheme >= 0) v = v.slice(scheme + 3);
  v = v.replace(/[/?#].*$/, '');
  const at = v.lastIndexOf('@');
  if (at >= 0) v = v.slice(at + 1); // never keep user:password
  v = v.replace(/:\d*$/, '').toLowerCase();
  if (v.length > 253) return undefined;
  return /^[a-z0-9*]([a-z0-9*-]*[a-z0-9])?(\.[a-z0-9-]+)+$/.test(v) ? v : undefined;
}

export function extractHosts(text: string): string[] {
  if (text.length > 512 * 1024 || preflight(text)) return [];
  const out = new Set<string>();
  for (const doc of parseYaml(text).docs) {
    const td = buildTaskDoc(text, doc);
    for (const h of td.hostEntries) {
      const host = hostOf(h.value);
      if (host) out.add(host);
    }
    for (const e of td.env) {
      if (e.value && e.value.includes('://')) {
        const host = hostOf(e.value);
        if (host) out.add(host);
      }
    }
  }
  return [...out];
}

/** "PayPal (REST, NVP/SOAP, checkout)" -> "PayPal" */
export function providerName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '') || name;
}
