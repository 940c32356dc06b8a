// SG104 over agent settings: cloud metadata endpoints, loopback, private ranges and internal names among the
// allowed hosts; and environment variables aimed at a metadata endpoint or a link-local address.
import { classifyHost } from '../../hosts/classify.js';
import { internalBlastRadius } from '../../hosts/hostMessages.js';
import { hostsInValue, reportedHost } from '../../hosts/urlHosts.js';
import type { SettingsRule } from '../../models/settings/context.js';
import { internalEndpointMeta } from '../meta/task/internal-endpoint.js';
import { allowedHosts, removeFix } from './hostEntries.js';

export const settingsInternalEndpoint: SettingsRule = {
  ...internalEndpointMeta,
  check(ctx, report) {
    for (const h of allowedHosts(ctx)) {
      if (h.norm.invalid || h.cls.kind !== 'metadata' || !h.cls.internal) continue;
      const info = h.cls.internal;
      const unverified = info.unverified ? ' (unverified catalog fact)' : '';
      report({
        message: `\`${h.cls.host}\` in ${h.host.where} is ${info.what}${unverified}: ${internalBlastRadius(info)}. Remove the entry.`,
        span: h.host.span,
        severity: info.unverified ? 'warning' : undefined,
        fixes: [removeFix(h, `Remove ${h.cls.host}`)],
      });
    }
    for (const env of ctx.model.env) {
      if (env.value === undefined || !env.valueSpan) continue;
      const exact = ctx.text.slice(env.valueSpan.start, env.valueSpan.end) === env.value;
      for (const raw of hostsInValue(env.value)) {
        const host = reportedHost(raw.raw);
        const info = classifyHost(host, ctx.catalog, ctx.policy).internal;
        // localhost and private services are usually ones the agent starts itself; metadata never is
        if (!info || !(info.endpoints.length || info.ip?.range === 'link-local')) continue;
        const span = exact ? { start: env.valueSpan.start + raw.start, end: env.valueSpan.start + raw.start + raw.raw.length } : env.valueSpan;
        report({
          message: `\`${env.name}\` in ${env.where} points at \`${host}\`, ${info.what}: ${internalBlastRadius(info)}. Remove the variable.`,
          span,
          severity: info.unverified ? 'warning' : undefined,
        });
      }
    }
  },
};
