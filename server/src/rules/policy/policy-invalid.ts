import type { PolicyRule } from '../../models/policy/context.js';
import { policyInvalidMeta } from '../meta/policy/policy-invalid.js';

const IGNORED = 'Until it parses, only the parts that make checking stricter apply (`productionHosts`, `stagingHosts` keys as production hosts, `files`, and `rules` that raise a severity).';

export const policyInvalid: PolicyRule = {
  ...policyInvalidMeta,
  check(ctx, report) {
    for (const p of ctx.problems) report({ message: `${p.message}. ${IGNORED}`, span: p.span });
    for (const d of ctx.extraDocs) {
      const start = d.range[0];
      report({ message: 'A policy file holds one YAML document: this one and any after it are ignored.', span: { start, end: Math.max(start, ctx.lines.lineEnd(ctx.lines.position(start).line)) } });
    }
    for (const i of ctx.schema) report({ message: `${i.message} — this entry is ignored until fixed`, span: i.span, fixes: i.fixes });
  },
};
