import { isSeq, type Node } from 'yaml';
import type { PolicyRule } from '../../models/policy/context.js';
import { globProblem } from '../../models/policy/globs.js';
import { nodeSpan, scalarString } from '../../core/yamlSource.js';
import { findPair } from '../../schema/locate.js';

export const policyInvalidGlob: PolicyRule = {
  id: 'SG953',
  name: 'policy-invalid-glob',
  severity: 'error',
  kind: 'policy',
  docs: {
    summary: 'A `files` or `ignore` glob in the policy cannot match as intended.',
    why: 'A `files` glob that matches nothing leaves task configs unchecked without a word; a broken `ignore` glob skips the wrong files. Only `*`, `?` and `**` are supported, relative to the policy file.',
    fix: "Write the glob relative to the policy file's folder with `/`, using only `*`, `?` and whole-segment `**`. The glob is ignored until then.",
    bad: 'files:\n  - ci\\tasks\\{a,b}.yaml',
    good: 'files:\n  - ci/tasks/*.yaml',
  },
  check(ctx, report) {
    for (const list of ['files', 'ignore']) {
      const seq = findPair(ctx.doc?.contents as Node | undefined, list)?.value;
      if (!isSeq(seq)) continue;
      for (const item of seq.items) {
        const glob = scalarString(item);
        const span = nodeSpan(item as Node);
        if (glob === undefined || !span) continue;
        const why = globProblem(glob);
        if (why) report({ message: `Glob \`${glob}\` in \`${list}\` ${why}. It is ignored until fixed.`, span });
      }
    }
  },
};
