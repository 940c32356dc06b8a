// SG644: the setup job's GITHUB_TOKEN can do more than `contents: read`.
import type { Fix } from '../../core/types.js';
import type { CopilotRule } from '../../models/copilot/context.js';
import type { Permission } from '../../models/copilot/setupSteps.js';
import { copilotBroadPermissionsMeta } from '../meta/copilot/copilot-broad-permissions.js';

const READ_ONLY = '{ contents: read }';

export const copilotBroadPermissions: CopilotRule = {
  ...copilotBroadPermissionsMeta,
  check(ctx, report) {
    const wf = ctx.model.workflow;
    if (!wf.job) return;
    // a job's own `permissions` replaces the workflow's for that job
    const jobLevel = wf.permissions.find((p) => p.where !== 'permissions');
    const effective: Permission | undefined = jobLevel ?? wf.permissions[0];
    if (!effective) {
      const ins = wf.jobInsert;
      report({
        message: `\`jobs.${wf.job.name}\` sets no \`permissions\`: its GITHUB_TOKEN gets the repository's default, read-write in many repositories. Set \`permissions: contents: read\`.`,
        span: wf.job.keySpan,
        severity: 'warning',
        fixes: ins ? [{ title: 'Add `permissions: contents: read` to the job', edits: [{ start: ins.at, end: ins.at, newText: `${ins.indent}permissions:\n${ins.indent}  contents: read\n` }], preferred: true }] : [],
      });
      return;
    }
    const tighten = (span: { start: number; end: number }, newText: string, title: string): Fix[] => [{ title, edits: [{ ...span, newText }], preferred: true }];
    if (effective.all) {
      const v = effective.all.value.trim().toLowerCase();
      if (v !== 'write-all' && v !== 'read-all') return;
      report({
        message: `\`${effective.where}: ${v}\` gives the setup steps' GITHUB_TOKEN ${v === 'write-all' ? 'write access to every scope (code, workflows, packages, releases)' : 'read access to every scope'}: they only need \`contents: read\`.`,
        span: effective.all.span,
        severity: v === 'read-all' ? 'warning' : undefined,
        fixes: tighten(effective.all.span, READ_ONLY, 'Set `permissions: { contents: read }`'),
      });
      return;
    }
    for (const s of effective.scopes) {
      if (s.value.trim().toLowerCase() !== 'write') continue;
      report({
        message: `\`${s.name}: write\` in \`${effective.where}\` lets the setup steps' GITHUB_TOKEN write${s.name === 'id-token' ? ' an OIDC token, which can be exchanged for cloud credentials' : ` to ${s.name}`}: they only need \`contents: read\`.`,
        span: s.valueSpan,
        fixes: tighten(s.valueSpan, s.name === 'id-token' ? 'none' : 'read', s.name === 'id-token' ? 'Set `id-token: none`' : `Set \`${s.name}: read\``),
      });
    }
  },
};
