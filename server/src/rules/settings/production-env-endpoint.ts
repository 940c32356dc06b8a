// SG301 over agent settings: an environment variable the agent's commands get points at a production host
// (hosts through hosts/urlHosts.ts, as the task rule reads them).
import { classifyHost, stagingFor } from '../../hosts/classify.js';
import { endpointSource } from '../../hosts/hostMessages.js';
import { hostsInValue, reportedHost } from '../../hosts/urlHosts.js';
import type { SettingsRule } from '../../models/settings/context.js';
import { quoteValue } from '../../secrets/redactText.js';
import { productionEnvEndpointMeta } from '../meta/task/production-env-endpoint.js';

export const settingsProductionEnvEndpoint: SettingsRule = {
  ...productionEnvEndpointMeta,
  check(ctx, report) {
    for (const env of ctx.model.env) {
      if (env.value === undefined || !env.valueSpan) continue;
      const exact = ctx.text.slice(env.valueSpan.start, env.valueSpan.end) === env.value;
      for (const raw of hostsInValue(env.value)) {
        const host = reportedHost(raw.raw);
        const cls = classifyHost(host, ctx.catalog, ctx.policy);
        const span = exact ? { start: env.valueSpan.start + raw.start, end: env.valueSpan.start + raw.start + raw.raw.length } : env.valueSpan;
        const by = endpointSource(cls);
        if (cls.kind === 'shared') {
          report({
            message: `\`${env.name}\` in ${env.where} points at \`${quoteValue(host)}\`${by}, which serves test and live mode alike: the key decides. Make sure the key the agent uses with it is a test-mode key, never a live one.`,
            span,
            severity: 'warning',
          });
          continue;
        }
        if (cls.kind !== 'production') continue;
        const swap = stagingFor(host, ctx.catalog, ctx.policy);
        const fixes = swap && exact ? [{ title: `Use ${swap.host} instead of ${host}`, edits: [{ ...span, newText: swap.host }], preferred: true, safe: swap.from !== 'derived' }] : [];
        const instead = swap ? ` Use \`${swap.host}\`${swap.from === 'derived' ? ' (derived: check that it exists)' : ''}.` : " Point it at the provider's sandbox or staging host.";
        report({
          message: `\`${env.name}\` in ${env.where} points at the production host \`${quoteValue(host)}\`${by}: every call the agent makes through it reaches production.${instead}`,
          span,
          severity: cls.unverified ? 'warning' : undefined,
          fixes,
        });
      }
    }
  },
};
