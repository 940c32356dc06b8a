import { isMap, isPair, isScalar, type Node } from 'yaml';
import type { PolicyRule } from '../../models/policy/context.js';
import { stagingHostProblem } from '../../models/policy/checks.js';
import { nodeSpan, scalarString } from '../../core/yamlSource.js';
import { findPair } from '../../schema/locate.js';

/** `productionHosts` strings as written (for the same-file cross-check). */
function productionHosts(contents: Node | undefined): string[] {
  const seq = findPair(contents, 'productionHosts')?.value as { items?: unknown[] } | undefined;
  return (seq?.items ?? []).map(scalarString).filter((s): s is string => !!s);
}

export const policyStagingHostIsProduction: PolicyRule = {
  id: 'SG952',
  name: 'policy-staging-host-is-production',
  severity: 'error',
  kind: 'policy',
  docs: {
    summary: 'A `stagingHosts` mapping points at a host that is itself production.',
    why: 'Staging hosts from the policy are trusted: quick fixes swap production hosts to them, and they are never reported. A mapping to a production host would turn a finding into a fix that keeps the task on production.',
    fix: 'Map the production host to its real staging or sandbox host. The mapping is ignored until then.',
    bad: 'stagingHosts:\n  payments.example.com: api.paypal.com',
    good: 'stagingHosts:\n  payments.example.com: payments.staging.example.com',
  },
  check(ctx, report) {
    const contents = ctx.doc?.contents as Node | undefined;
    const map = findPair(contents, 'stagingHosts')?.value;
    if (!isMap(map)) return;
    const prod = productionHosts(contents);
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.value)) continue;
      const from = scalarString(pair.key);
      const to = scalarString(pair.value);
      const span = nodeSpan(pair.value);
      if (from === undefined || to === undefined || !span) continue;
      const why = stagingHostProblem(from, to, ctx.catalog, prod);
      if (why) report({ message: `Staging host \`${to}\` for \`${from}\` ${why}: this mapping is ignored. Map it to a staging or sandbox host.`, span });
    }
  },
};
