import type { PolicyRule } from '../../models/policy/context.js';

const IGNORED = 'Until it parses, only the parts that make checking stricter apply (`productionHosts`, `stagingHosts` keys as production hosts, `files`, and `rules` that raise a severity).';

export const policyInvalid: PolicyRule = {
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
  check(ctx, report) {
    for (const p of ctx.problems) report({ message: `${p.message}. ${IGNORED}`, span: p.span });
    for (const d of ctx.extraDocs) {
      const start = d.range[0];
      report({ message: 'A policy file holds one YAML document: this one and any after it are ignored.', span: { start, end: Math.max(start, ctx.lines.lineEnd(ctx.lines.position(start).line)) } });
    }
    for (const i of ctx.schema) report({ message: `${i.message} — this entry is ignored until fixed`, span: i.span, fixes: i.fixes });
  },
};
