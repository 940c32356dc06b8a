// The task-config kind (`*.sandbox.yaml`): YAML parsed into task documents, then the task rules.
import { FILE_PATTERNS } from '../../../common/filePatterns.js';
import { loadCatalog } from '../catalog/catalog.js';
import type { CheckOptions } from '../core/checkOptions.js';
import { runRules } from '../core/findings.js';
import { parseYamlCached } from '../core/incrementalParse.js';
import type { LineIndex } from '../core/lineIndex.js';
import type { Policy } from '../core/policy.js';
import type { Finding } from '../core/types.js';
import { documentValue, nodeSpan, parseYaml, preflight, type YamlProblem } from '../core/yamlSource.js';
import type { Document, Node } from 'yaml';
import type { TaskContext } from '../models/task/taskContext.js';
import { buildTaskDoc } from '../models/task/taskModel.js';
import { annotateAliases } from '../models/task/aliasUses.js';
import { taskRules } from '../rules/task/index.js';
import type { KindDescriptor } from './descriptor.js';

export const taskKind: KindDescriptor = {
  kind: 'task',
  patterns: FILE_PATTERNS.task,
  comments: 'yaml',
  rules: taskRules,
  check: checkTaskText,
  editor: { schema: 'task', features: 'yaml-schema' },
};

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
    const { value, problem } = documentValue(doc, docSpan(doc));
    // an alias bomb is reported, and its aliases are not followed
    const td = buildTaskDoc(text, doc, problem?.code === 'ALIAS_COUNT' ? 0 : undefined);
    td.value = value;
    if (problem) problems.push(problem);
    ctx.docs.push(td);
  }
  const findings = runRules(taskRules, ctx, lines, options.policy, options.overrides);
  annotateAliases(ctx, findings);
  return findings;
}

/** The span of a document's content (or 0-length at its start), where a whole-document problem is reported. */
function docSpan(doc: Document.Parsed) {
  return nodeSpan(doc.contents as Node | null) ?? { start: doc.range[0], end: doc.range[0] };
}
