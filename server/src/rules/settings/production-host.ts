// SG101 over agent settings: a production host the sandbox is told to allow (Claude Code and srt
// `allowedDomains`, `WebFetch(domain:…)` allow rules, …); shared test/live hosts get a warning about the key.
import type { Fix, Report } from '../../core/types.js';
import { stagingFor } from '../../hosts/classify.js';
import { LOWER, PRODUCTION_BLAST, productionSource, sharedHostMessage } from '../../hosts/hostMessages.js';
import type { SettingsContext, SettingsRule } from '../../models/settings/context.js';
import { productionHostMeta } from '../meta/task/production-host.js';
import { allowedElsewhere, allowedHosts, removeFix, replaceFix, type CheckedHost } from './hostEntries.js';

function productionReport(ctx: SettingsContext, h: CheckedHost): Report {
  const c = h.cls;
  const host = c.host!;
  const swap = stagingFor(host, ctx.catalog, ctx.policy);
  const fixes: Fix[] = [];
  let todo: string;
  if (swap && allowedElsewhere(ctx, swap.host, h)) {
    todo = `Remove it: its staging host \`${swap.host}\` is already allowed.`;
    fixes.push(removeFix(h, `Remove ${host} (staging host ${swap.host} is already allowed)`, { preferred: true, safe: true }));
  } else if (swap) {
    const whence = swap.from === 'policy' ? ' (from stagingHosts in the policy)' : swap.from === 'catalog' ? ` (the ${swap.provider} sandbox)` : ' (derived from the name: check that it exists)';
    todo = `Replace it with the staging host \`${swap.host}\`${whence}.`;
    fixes.push(replaceFix(h, swap.host, `Replace with staging host ${swap.host}`, { preferred: true, safe: swap.from !== 'derived' }));
  } else {
    todo = c.provider
      ? `${c.provider} has no sandbox host for it in the catalog: remove the entry, or map it to a staging host in stagingHosts of .sandbox-guard.yaml.`
      : 'Remove the entry, or map it to a staging host in stagingHosts of .sandbox-guard.yaml.';
    fixes.push(removeFix(h, `Remove ${host}`));
  }
  return {
    message: `\`${host}\` in ${h.host.where} ${productionSource(c)}: ${PRODUCTION_BLAST}. ${todo}`,
    span: h.host.span,
    severity: c.unverified ? LOWER[productionHostMeta.severity] : undefined,
    fixes,
  };
}

export const settingsProductionHost: SettingsRule = {
  ...productionHostMeta,
  check(ctx, report) {
    for (const h of allowedHosts(ctx)) {
      if (h.norm.invalid && !h.norm.wildcard) continue;
      if (h.cls.kind === 'production') report(productionReport(ctx, h));
      else if (h.cls.kind === 'shared') {
        report({ message: sharedHostMessage(h.host.where, h.cls, 'the agent'), span: h.host.span, severity: h.cls.unverified ? LOWER.warning : 'warning' });
      }
    }
  },
};
