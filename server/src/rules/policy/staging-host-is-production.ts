import { isMap, isPair, isScalar, type Node } from 'yaml';
import type { PolicyRule } from '../../models/policy/context.js';
import { stagingHostProblem } from '../../models/policy/checks.js';
import { nodeSpan, scalarString } from '../../core/yamlSource.js';
import { findPair } from '../../schema/locate.js';
import { policyStagingHostIsProductionMeta } from '../meta/policy/staging-host-is-production.js';

/** `productionHosts` strings as written (for the same-file cross-check). */
function productionHosts(contents: Node | undefined): string[] {
  const seq = findPair(contents, 'productionHosts')?.value as { items?: unknown[] } | undefined;
  return (seq?.items ?? []).map(scalarString).filter((s): s is string => !!s);
}

export const policyStagingHostIsProduction: PolicyRule = {
  ...policyStagingHostIsProductionMeta,
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
