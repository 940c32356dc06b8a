// SG643: the setup job (and so the agent) runs on a self-hosted runner.
import type { CopilotRule } from '../../models/copilot/context.js';
import { copilotSelfHostedRunnerMeta } from '../meta/copilot/copilot-self-hosted-runner.js';

export const copilotSelfHostedRunner: CopilotRule = {
  ...copilotSelfHostedRunnerMeta,
  check(ctx, report) {
    const runsOn = ctx.model.workflow.runsOn;
    const label = runsOn?.labels.find((l) => l.value.trim().toLowerCase() === 'self-hosted');
    if (!runsOn || !label) return;
    report({
      message: `\`runs-on\` of \`jobs.${ctx.model.workflow.job!.name}\` names a \`self-hosted\` runner: Copilot's agent then runs on it, inside your network and without Copilot's firewall. Use a GitHub-hosted runner.`,
      span: label.span,
      fixes: [{ title: 'Run on GitHub-hosted ubuntu-latest (check that the setup steps need nothing from your network)', edits: [{ ...runsOn.valueSpan, newText: 'ubuntu-latest' }], preferred: true }],
    });
  },
};
