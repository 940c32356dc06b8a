// Hosts used in a task config (allowlists, credential hosts, env endpoints), for completion suggestions.
// Reuses the engine's YAML model; nothing is checked here.
import { buildTaskDoc } from '../models/task/taskModel.js';
import { parseYaml, preflight } from '../core/yamlSource.js';
import { hostOf } from '../hosts/hostname.js';
import { hostsInValue, reportedHost } from '../hosts/urlHosts.js';

export function extractHosts(text: string): string[] {
  if (text.length > 512 * 1024 || preflight(text)) return [];
  const out = new Set<string>();
  for (const doc of parseYaml(text).docs) {
    const td = buildTaskDoc(text, doc);
    for (const h of td.hostEntries) {
      const host = hostOf(h.value, 'suggestion');
      if (host) out.add(host);
    }
    // env values only when written as URLs: a bare value may be anything, a secret included
    for (const e of td.env) {
      for (const h of e.value ? hostsInValue(e.value) : []) {
        const host = h.url && hostOf(reportedHost(h.raw), 'suggestion');
        if (host) out.add(host);
      }
    }
  }
  return [...out];
}
