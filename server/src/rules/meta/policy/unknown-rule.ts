import type { RuleMeta } from '../../../core/types.js';

export const policyUnknownRuleMeta: RuleMeta = {
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
};
