// SG103 over agent settings: wildcard and over-broad allowed entries (`*`, `*.com`, `*.amazonaws.com`, a public suffix).
import { wildcardVerdict } from '../../hosts/hostMessages.js';
import type { SettingsRule } from '../../models/settings/context.js';
import { wildcardHostMeta } from '../meta/task/wildcard-host.js';
import { allowedHosts, WHO } from './hostEntries.js';

export const settingsWildcardHost: SettingsRule = {
  ...wildcardHostMeta,
  check(ctx, report) {
    for (const h of allowedHosts(ctx)) {
      if (h.norm.invalid && !h.norm.wildcard) continue;
      const r = wildcardVerdict(ctx.catalog, h.norm, h.host.where, WHO);
      if (r) report({ message: r.message, span: h.host.span, severity: r.severity === 'warning' ? 'warning' : undefined });
    }
  },
};
