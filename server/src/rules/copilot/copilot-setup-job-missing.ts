// SG645: no job named `copilot-setup-steps`: Copilot ignores the file.
import type { CopilotRule } from '../../models/copilot/context.js';
import { SETUP_JOB } from '../../models/copilot/setupSteps.js';
import { copilotSetupJobMissingMeta } from '../meta/copilot/copilot-setup-job-missing.js';

const IGNORED = 'Copilot runs only a job of that name, so it ignores this file and the agent starts without these steps';

export const copilotSetupJobMissing: CopilotRule = {
  ...copilotSetupJobMissingMeta,
  check(ctx, report) {
    const wf = ctx.model.workflow;
    // a file that does not parse is SG003's; nothing here can be judged
    if (ctx.model.problems.length || wf.job?.named) return;
    if (wf.job) {
      report({
        message: `The job \`${wf.job.name}\` is not named \`${SETUP_JOB}\`: ${IGNORED}.`,
        span: wf.job.keySpan,
        fixes: [{ title: `Rename the job to ${SETUP_JOB} (Copilot then runs its steps before every agent session)`, edits: [{ ...wf.job.keySpan, newText: SETUP_JOB }], preferred: true }],
      });
      return;
    }
    if (wf.jobsKey && wf.jobNames.length) {
      report({ message: `None of the jobs (${wf.jobNames.map((j) => `\`${j.name}\``).join(', ')}) is named \`${SETUP_JOB}\`: ${IGNORED}.`, span: wf.jobsKey });
      return;
    }
    report({ message: `The workflow has no \`${SETUP_JOB}\` job: ${IGNORED}.`, span: wf.jobsKey ?? { start: 0, end: ctx.lines.lineEnd(0) } });
  },
};
