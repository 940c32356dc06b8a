// The task-config kind (`*.sandbox.yaml`): YAML parsed into task documents, then the task rules.
import { FILE_PATTERNS } from '../../../common/filePatterns.js';
import { loadCatalog } from '../catalog/catalog.js';
import type { CheckOptions } from '../core/checkOptions.js';
import { runRules } from '../core/findings.js';
import { parseYamlCached } from '../core/incrementalParse.js';
import type { LineIndex } from '../core/lineIndex.js';
import type { Policy } from '../core/policy.js';
import type { Finding } from '../core/types.js';
import { documentValue, parseYaml, preflight, type YamlProblem } from '../core/yamlSource.js';
import type { TaskContext } from '../models/task/taskContext.js';
import { buildTaskDoc } from '../models/task/taskModel.js';
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
    const td = buildTaskDoc(text, doc);
    const { value, problem } = documentValue(doc, td.span);
    td.value = value;
    if (problem) problems.push(problem);
    ctx.docs.push(td);
  }
  return runRules(taskRules, ctx, lines, options.policy, options.overrides);
}
