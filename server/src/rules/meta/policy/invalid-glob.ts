import type { RuleMeta } from '../../../core/types.js';

export const policyInvalidGlobMeta: RuleMeta = {
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
};
