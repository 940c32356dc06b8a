import type { RuleMeta } from '../../../core/types.js';

export const policyInvalidMeta: RuleMeta = {
  id: 'SG950',
  name: 'policy-invalid',
  severity: 'error',
  kind: 'policy',
  docs: {
    summary: 'The policy file (`.sandbox-guard.yaml`) is not valid YAML or does not match its schema.',
    why: 'A policy that silently fails to load would change what is checked without anyone noticing. Sandbox Guard never turns checking off because of a broken policy: invalid entries are ignored (defaults apply) and reported here, and a file that does not parse only keeps the parts that make checking stricter.',
    fix: 'Correct the reported key or value; see docs/policy-file.md for the format.',
    bad: 'rules:\n  unverified-host: of\nproductionHost:\n  - api.example.com',
    good: 'rules:\n  unverified-host: off\nproductionHosts:\n  - api.example.com',
  },
};
