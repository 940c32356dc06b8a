// SG642: a production URL in a setup step's `run` script (hosts through hosts/urlHosts.ts and classify.ts).
import { classifyHost, stagingFor } from '../../hosts/classify.js';
import { endpointSource } from '../../hosts/hostMessages.js';
import { reportedHost, urlHostsInText } from '../../hosts/urlHosts.js';
import type { CopilotRule } from '../../models/copilot/context.js';
import { quoteValue } from '../../secrets/redactText.js';
import { copilotRunProductionUrlMeta } from '../meta/copilot/copilot-run-production-url.js';

export const copilotRunProductionUrl: CopilotRule = {
  ...copilotRunProductionUrlMeta,
  check(ctx, report) {
    for (const run of ctx.model.workflow.runs) {
      // the script as written: a URL never spans lines, so block indentation does not matter
      const source = ctx.text.slice(run.nodeSpan.start, run.nodeSpan.end);
      for (const raw of urlHostsInText(source)) {
        const host = reportedHost(raw.raw);
        const cls = classifyHost(host, ctx.catalog, ctx.policy);
        const span = { start: run.nodeSpan.start + raw.start, end: run.nodeSpan.start + raw.start + raw.raw.length };
        const by = endpointSource(cls);
        if (cls.kind === 'shared') {
          report({
            message: `\`${run.where}\` calls \`${quoteValue(host)}\`${by}, which serves test and live mode alike: the key decides. Make sure the step uses a test-mode key, never a live one.`,
            span,
            severity: 'warning',
          });
          continue;
        }
        if (cls.kind !== 'production') continue;
        const swap = stagingFor(host, ctx.catalog, ctx.policy);
        const instead = swap ? ` Call \`${swap.host}\`${swap.from === 'derived' ? ' (derived: check that it exists)' : ''} instead.` : " Call the provider's sandbox or staging host instead.";
        report({
          message: `\`${run.where}\` calls the production host \`${quoteValue(host)}\`${by}: the setup steps run outside the agent's firewall, with the repository's Copilot secrets.${instead}`,
          span,
          severity: cls.unverified ? 'warning' : undefined,
          fixes: swap && raw.raw === ctx.text.slice(span.start, span.end)
            ? [{ title: `Use ${swap.host} instead of ${host}`, edits: [{ ...span, newText: swap.host }], preferred: true, safe: swap.from !== 'derived' }]
            : [],
        });
      }
    }
  },
};
