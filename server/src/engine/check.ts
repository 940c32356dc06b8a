// The engine's entry point: text in, findings (with fixes) out. No editor or file-system APIs here:
// the CLI and the language server both call checkText, so their results never drift.
import { loadCatalog } from '../catalog/catalog.js';
import { emptyPolicy, type Policy } from '../core/policy.js';
import { taskRules } from '../rules/task/index.js';
import { runRules, sortFindings } from '../core/findings.js';
import { redactFindings } from './redactFindings.js';
import { LineIndex } from '../core/lineIndex.js';
import { applySuppressions } from './suppressions.js';
import type { TaskContext } from '../models/task/taskContext.js';
import { buildTaskDoc } from '../models/task/taskModel.js';
import type { FileKind, Finding, SeverityOrOff } from '../core/types.js';
import { MAX_ALIAS_COUNT, parseYaml, preflight, type YamlProblem } from '../core/yamlSource.js';
import { fileKindOf } from '../core/fileKind.js';
import { agentsCheck } from '../kinds/agents.js';
import { parsePolicy } from '../kinds/policy/parse.js';
import { parseYamlCached } from '../core/incrementalParse.js';
import type { CheckOptions } from '../core/checkOptions.js';

export type { CheckOptions };

export interface CheckResult {
  kind: FileKind;
  findings: Finding[];
  suppressed: Finding[];
}

/** One shared, frozen default: per-policy caches (host classification) then survive across checks. */
const DEFAULT_POLICY: Policy = deepFreeze(emptyPolicy());

function deepFreeze<T>(o: T): T {
  for (const v of Object.values(o as object)) if (v && typeof v === 'object') deepFreeze(v);
  return Object.freeze(o);
}

export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const kind = options.kind ?? fileKindOf(options.path ?? '', policy) ?? 'task';
  const lines = new LineIndex(text);
  let findings: Finding[];
  if (kind === 'agents') findings = agentsCheck(text, lines, { ...options, policy });
  else if (kind === 'policy') findings = parsePolicy(text, options.path, { overrides: options.overrides }).findings;
  else findings = checkTaskText(text, lines, { ...options, policy });
  const style = kind === 'agents' ? 'markdown' : 'yaml';
  const { kept, suppressed, problems } = applySuppressions(text, lines, findings, style, options);
  return {
    kind,
    findings: sortFindings(redactFindings(text, [...kept, ...problems])),
    suppressed: options.reportSuppressions ? redactFindings(text, suppressed) : [],
  };
}

function checkTaskText(text: string, lines: LineIndex, options: CheckOptions & { policy: Policy }): Finding[] {
  const problems: YamlProblem[] = [];
  const unsafe = preflight(text);
  const ctx: TaskContext = { text, path: options.path, lines, docs: [], catalog: loadCatalog(), policy: options.policy, problems, workspace: options.workspace };
  if (unsafe) {
    problems.push(unsafe);
    // only the syntax rule runs: nothing else can be trusted on an unparsed file
    return runRules(taskRules.filter((r) => r.id === 'SG001'), ctx, lines, options.policy, options.overrides);
  }
  const parsed = options.parseCache ? parseYamlCached(text, options.parseCache) : parseYaml(text);
  problems.push(...parsed.problems);
  for (const doc of parsed.docs) {
    const td = buildTaskDoc(text, doc);
    try {
      td.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      problems.push({ code: 'ALIAS_COUNT', message: `Too many alias expansions (more than ${MAX_ALIAS_COUNT}): possible alias bomb. ${(e as Error).message}`, span: td.span });
    }
    ctx.docs.push(td);
  }
  return runRules(taskRules, ctx, lines, options.policy, options.overrides);
}
