// ESLint-style report: a path header per file, `line:col  severity  message  rule-name (ID)`, a summary.
import type { Finding } from '../../core/types.js';
import type { Paint } from '../color.js';
import { redactText } from '../../secrets/redactText.js';
import { totals, type FileReport } from '../report.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const oneLine = (s: string) => redactText(s.replace(/\s*[\r\n]+\s*/g, ' '));

export interface StylishOptions {
  /** the policy files that applied (relative paths) */
  policies?: string[];
  /** the policy was named with --policy */
  explicit?: boolean;
}

/** The header line: which policy applies, so a policy that switches rules off is never invisible (none: no line). */
export function policyLine(policies: string[], explicit = false): string {
  return `${policies.length === 1 ? 'Policy' : 'Policies'}: ${policies.join(', ')}${explicit ? ' (--policy)' : ''}`;
}

export function formatStylish(reports: FileReport[], p: Paint, o: StylishOptions = {}): string {
  const out: string[] = [];
  if (o.policies?.length) out.push(p.dim(policyLine(o.policies, o.explicit)), '');
  for (const r of reports) {
    const byPos = (a: Finding, b: Finding) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId);
    const rows = [...r.findings, ...r.suppressed].sort(byPos).map((f) => row(f, p, f.suppressed ? f.suppressed.reason : undefined));
    if (!rows.length) continue;
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    out.push(p.underline(r.displayPath));
    for (const [loc, sev, rest, color] of rows) out.push(`  ${p.dim(loc.padStart(w0))}  ${color(sev.padEnd(w1))}  ${rest}`);
    out.push('');
  }
  const t = totals(reports);
  const problems = t.errors + t.warnings + t.infos;
  if (problems === 0) {
    out.push(`✔ No problems in ${plural(reports.length, 'file')}${t.suppressed ? ` (${t.suppressed} suppressed)` : ''}`);
    return out.join('\n') + '\n';
  }
  const mark = t.errors ? p.red('✖') : p.yellow('⚠');
  const summary = `${mark} ${plural(problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.infos, 'info')})`;
  out.push(p.bold(summary));
  if (t.fixable) out.push(`  ${plural(t.fixable, 'problem')} fixable with the \`--fix\` option.`);
  if (t.suppressed) out.push(`  ${t.suppressed} suppressed.`);
  return out.join('\n') + '\n';
}

type Row = [string, string, string, (s: string) => string];

function row(f: Finding, p: Paint, suppressedReason?: string): Row {
  const loc = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
  const rule = p.dim(`${f.ruleName} (${f.ruleId})`);
  if (suppressedReason !== undefined) {
    return [loc, 'suppressed', `${oneLine(f.message)}  ${rule}  ${p.dim(`— ${f.severity}, reason: ${oneLine(suppressedReason) || '(none given)'}`)}`, p.dim];
  }
  const color = f.severity === 'error' ? p.red : f.severity === 'warning' ? p.yellow : p.blue;
  return [loc, f.severity, `${oneLine(f.message)}  ${rule}`, color];
}
