// Turning rule reports into findings: severity resolution, docs links, ranges.
import type { Policy } from './policy.js';
import { docsUrl } from './docs.js';
import type { LineIndex } from './lineIndex.js';
import type { Finding, Report, Rule, RuleMeta, Severity, SeverityOrOff } from './types.js';

/** Resolves a rule's effective severity from overrides (by ID or name), the policy, then its default. */
export function effectiveSeverity(rule: RuleMeta, policy: Policy, overrides?: Record<string, SeverityOrOff>): SeverityOrOff {
  return overrides?.[rule.id] ?? overrides?.[rule.name] ?? policy.rules[rule.id] ?? policy.rules[rule.name] ?? rule.severity;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Runs rules against a context and turns their reports into findings. */
export function runRules<C>(rules: Rule<C>[], ctx: C, lines: LineIndex, policy: Policy, overrides?: Record<string, SeverityOrOff>): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    const configured = effectiveSeverity(rule, policy, overrides);
    if (configured === 'off') continue;
    const report = (r: Report) => {
      // a rule may lower its own severity for one finding (uncertain facts); a configured severity caps it
      let severity: Severity = configured;
      if (r.severity && RANK[r.severity] < RANK[rule.severity]) {
        severity = RANK[r.severity] < RANK[configured] ? r.severity : configured;
      } else if (r.severity && configured === rule.severity) severity = r.severity;
      out.push(toFinding(rule, severity, r, lines));
    };
    try {
      rule.check(ctx, report);
    } catch (e) {
      // a rule bug must not hide the other rules' findings
      out.push(toFinding(rule, 'error', { message: `Internal error in rule ${rule.id} (${rule.name}): ${(e as Error).message}`, span: { start: 0, end: 0 } }, lines));
    }
  }
  return out;
}

export function toFinding(rule: RuleMeta, severity: Severity, r: Report, lines: LineIndex): Finding {
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity,
    message: r.message,
    span: r.span,
    range: lines.range(r.span),
    docsUrl: docsUrl(rule.name),
    fixes: r.fixes ?? [],
    related: r.related?.map((x) => ({ ...x })),
  };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}

