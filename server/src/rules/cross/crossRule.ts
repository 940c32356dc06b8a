// A cross-file rule: one declaration (one metadata) with a check per file kind it reports on.
import type { Report, RuleMeta } from '../../core/types.js';
import type { AgentsRule, AgentsContext } from '../../models/agents/context.js';
import type { TaskContext, TaskRule } from '../../models/task/taskContext.js';

export interface CrossFileRule {
  meta: RuleMeta;
  task(ctx: TaskContext, report: (r: Report) => void): void;
  agents(ctx: AgentsContext, report: (r: Report) => void): void;
}

/** The rule as the task-config kind runs it. */
export const taskSide = (rule: CrossFileRule): TaskRule => ({ ...rule.meta, check: rule.task });

/** The rule as the AGENTS.md kind runs it. */
export const agentsSide = (rule: CrossFileRule): AgentsRule => ({ ...rule.meta, kind: 'agents', check: rule.agents });
