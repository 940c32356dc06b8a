import { isMap, isPair, isScalar, type Node } from 'yaml';
import type { PolicyRule } from '../../models/policy/context.js';
import { closestMatch } from '../../schema/suggest.js';
import { nodeSpan, scalarInnerSpan, scalarString } from '../../core/yamlSource.js';
import { allRuleMetas, findRule } from '../meta/index.js';
import { findPair } from '../../schema/locate.js';
import { policyUnknownRuleMeta } from '../meta/policy/unknown-rule.js';

export const policyUnknownRule: PolicyRule = {
  ...policyUnknownRuleMeta,
  check(ctx, report) {
    const rules = findPair(ctx.doc?.contents as Node | undefined, 'rules')?.value;
    if (!isMap(rules)) return;
    const names = allRuleMetas().flatMap((r) => [r.id, r.name]);
    for (const pair of rules.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = scalarString(pair.key);
      const span = nodeSpan(pair.key);
      if (key === undefined || !span || findRule(key)) continue;
      const guess = closestMatch(key, names);
      report({
        message: `Unknown rule \`${key}\` in \`rules\`${guess ? ` (did you mean \`${guess}\`?)` : ''}: this severity applies to nothing. See \`sandbox-guard rules\`.`,
        span,
        fixes: guess && !findPair(rules, guess) ? [{ title: `Rename to \`${guess}\``, edits: [{ ...scalarInnerSpan(pair.key), newText: guess }], preferred: true }] : [],
      });
    }
  },
};
