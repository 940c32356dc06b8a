import { isMap, isPair, isScalar, type Node } from 'yaml';
import type { PolicyRule } from '../../models/policy/context.js';
import { closestMatch } from '../../schema/suggest.js';
import { nodeSpan, scalarInnerSpan, scalarString } from '../../core/yamlSource.js';
import { allRuleMetas, findRule } from '../registry.js';
import { findPair } from '../../schema/locate.js';

export const policyUnknownRule: PolicyRule = {
  id: 'SG951',
  name: 'policy-unknown-rule',
  severity: 'warning',
  kind: 'policy',
  docs: {
    summary: "The policy's `rules` names a rule that does not exist.",
    why: 'A misspelt rule name changes nothing: the severity the team meant to set (for example raising `unverified-host` to an error) silently does not apply.',
    fix: 'Use a rule ID (`SG101`) or name (`production-host`) from `sandbox-guard rules`; the quick fix renames a close match.',
    bad: 'rules:\n  unverfied-host: error',
    good: 'rules:\n  unverified-host: error',
  },
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
