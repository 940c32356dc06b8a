import type { RuleMeta } from '../../../core/types.js';

export const policyDisablesCheckingMeta: RuleMeta = {
  id: 'SG954',
  name: 'policy-disables-checking',
  severity: 'error',
  kind: 'policy',
  docs: {
    summary: 'The policy switches checking off: its `ignore` globs skip every task config, or its `rules` lower every rule.',
    why: 'One line such as `ignore: ["**"]` would make every run pass with no findings and exit code 0, in CI and in the editor, without a word. A policy may skip folders and tune rules, but one that turns everything off is reported as an error on the policy file, which is always checked.',
    fix: 'List only the folders to skip under `ignore` (`vendor/**`), and lower only the rules the team has decided on. To stop checking a repository, remove Sandbox Guard from its CI instead.',
    bad: 'ignore:\n  - "**"',
    good: 'ignore:\n  - vendor/**',
  },
};
