import { isSeq, type Node } from 'yaml';
import type { PolicyRule } from '../../models/policy/context.js';
import { globProblem } from '../../models/policy/globs.js';
import { nodeSpan, scalarString } from '../../core/yamlSource.js';
import { findPair } from '../../schema/locate.js';
import { policyInvalidGlobMeta } from '../meta/policy/invalid-glob.js';

export const policyInvalidGlob: PolicyRule = {
  ...policyInvalidGlobMeta,
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
