import { isMap, isPair, isSeq, type Node } from 'yaml';
import { globMatch } from '../../core/fileKind.js';
import { nodeSpan, scalarString } from '../../core/yamlSource.js';
import type { PolicyRule } from '../../models/policy/context.js';
import { globProblem } from '../../models/policy/globs.js';
import { findPair } from '../../schema/locate.js';
import type { RuleMeta, SeverityOrOff } from '../../core/types.js';
import { allRuleMetas, findRule } from '../meta/index.js';
import { policyDisablesCheckingMeta } from '../meta/policy/disables-checking.js';

/** Task configs at a few depths below the policy file: `ignore` globs that match all of them skip every config. */
const PROBES = ['', 'a/', 'a/b/', 'a/b/c/'].flatMap((dir) => ['x.sandbox.yaml', 'x.sandbox.yml', 'sandbox.yaml', 'sandbox.yml'].map((n) => `${dir}${n}`));
const RANK: Record<SeverityOrOff, number> = { off: 0, info: 1, warning: 2, error: 3 };
const BASE = '/policy-root/.sandbox-guard.yaml';

/** True when these globs (relative to the policy file) skip every probe task config. */
export function ignoresEveryTaskConfig(globs: string[]): boolean {
  return globs.length > 0 && PROBES.every((rel) => globs.some((g) => globMatch(g, `/policy-root/${rel}`, BASE)));
}

/** Rules a policy can lower: every rule that checks task configs or AGENTS.md (the policy's own rules never apply to it). */
function lowerable(): RuleMeta[] {
  return allRuleMetas().filter((r) => r.kind !== 'policy');
}

export const policyDisablesChecking: PolicyRule = {
  ...policyDisablesCheckingMeta,
  check(ctx, report) {
    // a file that does not parse keeps only what makes checking stricter (no `ignore`, no lowered rule): SG950 says so
    if (ctx.problems.length) return;
    const contents = ctx.doc?.contents as Node | undefined;
    const ignorePair = findPair(contents, 'ignore');
    if (ignorePair && isSeq(ignorePair.value)) {
      const items = ignorePair.value.items.flatMap((item) => {
        const glob = scalarString(item);
        const span = nodeSpan(item as Node);
        return glob !== undefined && span && !globProblem(glob) ? [{ glob, span }] : [];
      });
      const alone = items.filter((i) => ignoresEveryTaskConfig([i.glob]));
      for (const i of alone) report({ message: `\`ignore\` glob \`${i.glob}\` skips every task config below the policy file: nothing would be checked. List only the folders to skip.`, span: i.span });
      const keySpan = nodeSpan(ignorePair.key as Node);
      if (!alone.length && keySpan && ignoresEveryTaskConfig(items.map((i) => i.glob))) {
        report({ message: 'Together, the `ignore` globs skip every task config below the policy file: nothing would be checked. List only the folders to skip.', span: keySpan });
      }
    }
    const rulesPair = findPair(contents, 'rules');
    if (rulesPair && isMap(rulesPair.value)) {
      const set = new Map<string, SeverityOrOff>();
      for (const pair of rulesPair.value.items) {
        if (!isPair(pair)) continue;
        const rule = findRule(scalarString(pair.key) ?? '');
        const sev = scalarString(pair.value) as SeverityOrOff | undefined;
        if (rule && sev && sev in RANK) set.set(rule.id, sev);
      }
      const rules = lowerable();
      const keySpan = nodeSpan(rulesPair.key as Node);
      if (keySpan && rules.every((r) => RANK[set.get(r.id) ?? r.severity] < RANK[r.severity])) {
        const off = rules.every((r) => set.get(r.id) === 'off');
        report({ message: `\`rules\` ${off ? 'turns every rule off' : 'lowers every rule below its default severity'}: ${off ? 'nothing would be reported' : 'no finding would keep its severity'}. Change only the rules the team has decided on.`, span: keySpan });
      }
    }
  },
};
