// Parses a team policy file (`.sandbox-guard.yaml`) into the effective Policy plus findings about it.
// Pure: text in, policy and findings out.
import { loadCatalog } from '../../catalog/catalog.js';
import { runRules, sortFindings } from '../../core/findings.js';
import { LineIndex } from '../../core/lineIndex.js';
import type { Finding, SeverityOrOff } from '../../core/types.js';
import { documentValue, parseYaml, preflight } from '../../core/yamlSource.js';
import { policyRules } from '../../rules/policy/index.js';
import { schemaIssues } from '../../schema/issues.js';
import type { PolicyContext } from '../../models/policy/context.js';
import { sanitizePolicy } from '../../models/policy/sanitize.js';
import { emptyPolicy, type Policy } from '../../core/policy.js';

export interface PolicyResult {
  /** the effective policy: valid entries only (defaults for the rest); `path` set */
  policy: Policy;
  /** findings about the policy file itself (its own `rules` do not apply to them) */
  findings: Finding[];
}

export interface ParsePolicyOptions {
  /** CLI flags / editor settings for the policy rules */
  overrides?: Record<string, SeverityOrOff>;
}

export function parsePolicy(text: string, path?: string, options: ParsePolicyOptions = {}): PolicyResult {
  const lines = new LineIndex(text);
  const catalog = loadCatalog();
  const ctx: PolicyContext = { text, path, lines, extraDocs: [], value: undefined, problems: [], schema: [], catalog };
  const unsafe = preflight(text);
  if (unsafe) ctx.problems.push(unsafe);
  else {
    const parsed = parseYaml(text);
    ctx.problems.push(...parsed.problems);
    const [first, ...rest] = parsed.docs;
    ctx.doc = first;
    ctx.extraDocs = rest;
    if (first) {
      const { value, problem } = documentValue(first, { start: 0, end: 0 });
      ctx.value = value;
      if (problem) ctx.problems.push(problem);
      if (ctx.value !== undefined) ctx.schema = schemaIssues('policy', first, ctx.value, text);
    }
  }
  const findings = sortFindings(runRules(policyRules, ctx, lines, emptyPolicy(), options.overrides));
  const policy = sanitizePolicy(ctx.value, catalog, { strictOnly: ctx.problems.length > 0 });
  if (path !== undefined) policy.path = path;
  return { policy, findings };
}
