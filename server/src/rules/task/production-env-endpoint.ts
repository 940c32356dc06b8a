import type { TaskRule } from '../../models/task/taskContext.js';
import { quoteValue } from '../../secrets/redactText.js';
import { classifyHost, stagingFor } from '../../hosts/classify.js';
import { endpointSource } from '../../hosts/hostMessages.js';
import { envHosts } from './envEndpoints.js';
import { productionEnvEndpointMeta } from '../meta/task/production-env-endpoint.js';

function shown(host: string): string {
  return quoteValue(host);
}

export const productionEnvEndpoint: TaskRule = {
  ...productionEnvEndpointMeta,
  check(ctx, report) {
    for (const eh of envHosts(ctx)) {
      const cls = classifyHost(eh.host, ctx.catalog, ctx.policy);
      const by = endpointSource(cls);
      if (cls.kind === 'shared') {
        report({
          message: `\`${eh.env.name}\` points at \`${shown(eh.host)}\`${by}, which serves test and live mode alike: the key decides. Make sure the credential the task uses with it is a test-mode key, never a live one.`,
          span: eh.span,
          severity: 'warning',
        });
        continue;
      }
      if (cls.kind !== 'production') continue;
      const swap = stagingFor(eh.host, ctx.catalog, ctx.policy);
      const fixes = swap && eh.exact ? [{ title: `Use ${swap.host} instead of ${eh.host}`, edits: [{ ...eh.written, newText: swap.host }], preferred: true, safe: swap.from !== 'derived' }] : [];
      const instead = swap ? ` Use \`${swap.host}\`${swap.from === 'derived' ? ' (derived: check that it exists)' : ''}.` : ' Point it at the provider\'s sandbox or staging host.';
      report({
        message: `\`${eh.env.name}\` points at the production host \`${shown(eh.host)}\`${by}: every call the task makes through it reaches production.${instead}`,
        span: eh.span,
        severity: cls.unverified ? 'warning' : undefined,
        fixes,
      });
    }
  },
};
