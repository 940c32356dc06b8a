// SG102 over agent settings: an allowed host nobody has vouched for as staging.
import type { Fix } from '../../core/types.js';
import { deriveStagingHost } from '../../hosts/classify.js';
import { providerHostMessage, unverifiedHostMessage } from '../../hosts/hostMessages.js';
import type { SettingsRule } from '../../models/settings/context.js';
import { unverifiedHostMeta } from '../meta/task/unverified-host.js';
import { allowedElsewhere, allowedHosts, removeFix, replaceFix, WHO } from './hostEntries.js';

export const settingsUnverifiedHost: SettingsRule = {
  ...unverifiedHostMeta,
  check(ctx, report) {
    for (const h of allowedHosts(ctx)) {
      if (h.norm.invalid || h.norm.wildcard || h.norm.leadingDot || h.cls.kind !== 'unknown') continue;
      // under a catalogued provider's domain only the catalog counts: say what the provider offers for testing
      if (h.cls.providerDomain) {
        report({ message: providerHostMessage(h.host.where, h.cls, WHO), span: h.host.span });
        continue;
      }
      const host = h.cls.host!;
      const derived = deriveStagingHost(host);
      const fixes: Fix[] = [];
      if (derived && allowedElsewhere(ctx, derived, h)) fixes.push(removeFix(h, `Remove ${host} (${derived} is already allowed)`));
      else if (derived) fixes.push(replaceFix(h, derived, `Replace with derived staging host ${derived} (check that it exists)`));
      report({ message: unverifiedHostMessage(host, h.host.where, derived, WHO), span: h.host.span, fixes });
    }
  },
};
