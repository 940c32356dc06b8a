// SG609: a masked srt secret whose real value is injected into requests to a host that is not staging.
import { classifyHost, type HostClass } from '../../hosts/classify.js';
import type { SettingsContext, SettingsRule } from '../../models/settings/context.js';
import { quoteValue } from '../../secrets/redactText.js';
import { productionParts } from '../task/production-credential-name.js';
import { allowedHosts } from '../settings/hostEntries.js';
import { removeAtEdits, setValueEdits, spanFor } from '../claude/jsonEdits.js';
import { srtMaskInjectHostMeta } from '../meta/srt/srt-mask-inject-host.js';

const SAFE_KINDS = new Set(['sandbox', 'staging-marked']);

/** A host the real secret must not go to: anything not known as staging; a host shared by test and live mode only for a production-named secret. */
function unsafe(c: HostClass, prodNamed: boolean): boolean {
  if (SAFE_KINDS.has(c.kind)) return false;
  if (c.kind === 'shared') return prodNamed;
  return true;
}

function what(c: HostClass): string {
  if (c.kind === 'production') return `a production host${c.provider ? ` of ${c.provider}` : ''}`;
  if (c.kind === 'shared') return `a host serving test and live mode${c.provider ? ` of ${c.provider}` : ''}`;
  if (c.kind === 'metadata') return 'an internal endpoint';
  if (c.kind === 'dependency') return 'a dependency host (package registry, git forge)';
  return 'not a known staging host';
}

function checkEntry(ctx: SettingsContext, list: 'envVars' | 'files', i: number, entry: Record<string, unknown>, report: Parameters<SettingsRule['check']>[1]): void {
  const label = typeof entry.name === 'string' ? entry.name : typeof entry.path === 'string' ? entry.path : `#${i + 1}`;
  const shown = quoteValue(label, 60);
  const prodNamed = productionParts(label.replace(/[^A-Za-z0-9]+/g, '_')).length > 0;
  const base = ['credentials', list, i];
  const hosts = entry.injectHosts;
  if (Array.isArray(hosts)) {
    hosts.forEach((h, j) => {
      if (typeof h !== 'string') return;
      const c = classifyHost(h, ctx.catalog, ctx.policy);
      if (!unsafe(c, prodNamed)) return;
      const host = c.host ?? h;
      report({
        message: `Masked secret \`${shown}\` is injected into requests to \`${host}\`, ${what(c)}: the proxy swaps its real value in on the way there, so the mask does not keep it from that host. List only staging hosts in \`injectHosts\`.`,
        span: spanFor(ctx, [...base, 'injectHosts', j]),
        // an emptied list may read as "not set" (every allowed domain): the last host is not removed by a fix
        fixes: hosts.length > 1 ? [{ title: `Stop injecting ${shown} into ${host}`, edits: removeAtEdits(ctx.text, [...base, 'injectHosts', j]) }] : [],
      });
    });
    return;
  }
  // no injectHosts: the real value goes to every allowed domain
  const allowed = allowedHosts(ctx);
  const bad = allowed.filter((h) => unsafe(h.cls, prodNamed));
  if (!bad.length) return;
  const staging = allowed.filter((h) => SAFE_KINDS.has(h.cls.kind) && !h.norm.wildcard).map((h) => h.norm.host);
  const names = bad.slice(0, 3).map((h) => `\`${h.cls.host ?? h.norm.host}\``).join(', ') + (bad.length > 3 ? ` and ${bad.length - 3} more` : '');
  report({
    message: `Masked secret \`${shown}\` has no \`injectHosts\`, so its real value is sent to every allowed domain, including ${names} (not staging). List only the staging hosts that need it in \`injectHosts\`.`,
    span: spanFor(ctx, [...base, 'mode']),
    fixes: staging.length ? [{ title: `Inject ${shown} only into ${staging.join(', ')}`, edits: setValueEdits(ctx.text, [...base, 'injectHosts'], staging) }] : [],
  });
}

export const srtMaskInjectHost: SettingsRule = {
  ...srtMaskInjectHostMeta,
  check(ctx, report) {
    for (const list of ['envVars', 'files'] as const) {
      const v = ctx.model.get(['credentials', list])?.value;
      if (!Array.isArray(v)) continue;
      v.forEach((entry, i) => {
        if (entry && typeof entry === 'object' && (entry as Record<string, unknown>).mode === 'mask') checkEntry(ctx, list, i, entry as Record<string, unknown>, report);
      });
    }
  },
};
