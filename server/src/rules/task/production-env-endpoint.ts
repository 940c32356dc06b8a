import type { TaskRule } from '../../models/task/taskContext.js';
import { quoteValue } from '../../secrets/redactText.js';
import { classifyHost, stagingFor } from '../../hosts/classify.js';
import { endpointSource } from '../../hosts/hostMessages.js';
import { envHosts } from './envEndpoints.js';
import { swapCommentEdit } from './swapComment.js';
import { providersOf } from '../../hosts/catalogHosts.js';
import { liveKeyOf, relatedKey, testModeCredential } from './keyEvidence.js';
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
        const providers = providersOf(cls.facts);
        const serves = `\`${eh.env.name}\` points at \`${shown(eh.host)}\`${by}, which serves test and live mode alike: the key decides.`;
        const live = liveKeyOf(ctx, providers, eh.doc);
        const declared = live ? undefined : testModeCredential(ctx, eh.doc, eh.host, providers);
        if (live) {
          report({
            message: `${serves} This file holds a live ${live.kind} (${live.shown} ${live.where}, line ${live.line}): with it every call through \`${eh.env.name}\` reaches live mode. Remove the live key and use a test-mode key.`,
            span: eh.span,
            severity: 'error',
            related: [relatedKey(ctx, live)],
          });
        } else if (declared) {
          report({ message: `${serves} Credential \`${declared.name}\` declares \`mode: test\`: keep the value in the secrets manager a test-mode key, never a live one.`, span: eh.span, severity: 'info' });
        } else {
          report({
            message: `${serves} Make sure the credential the task uses with it is a test-mode key, never a live one, and declare it with \`mode: test\` on the credential.`,
            span: eh.span,
            severity: 'warning',
          });
        }
        continue;
      }
      if (cls.kind !== 'production') continue;
      const swap = stagingFor(eh.host, ctx.catalog, ctx.policy);
      // a `# production` after the value would now describe the staging URL (only where the value is written, not at an alias)
      const here = eh.written.start === eh.span.start;
      const comment = swap && here && eh.env.valueSpan ? swapCommentEdit(ctx.text, eh.env.valueSpan.end, /sandbox/.test(swap.host) ? 'sandbox' : 'staging') : undefined;
      const note = comment ? (comment.newText ? ' (and its comment)' : ' (and drop its production comment)') : '';
      const fixes = swap && eh.exact ? [{ title: `Use ${swap.host} instead of ${eh.host}${note}`, edits: [{ ...eh.written, newText: swap.host }, ...(comment ? [comment] : [])], preferred: true, safe: swap.from !== 'derived' }] : [];
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
