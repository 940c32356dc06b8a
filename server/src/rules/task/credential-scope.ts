import type { TaskRule } from '../../models/task/taskContext.js';
import { credentialsOf, setFieldFix } from './credentialList.js';

export const credentialScope: TaskRule = {
  id: 'SG204',
  name: 'credential-scope',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'A credential lives longer than one task: `scope` is `pool` (error), `session` (warning) or missing (warning).',
    why: '`pool` bakes the value into warm-pool snapshots: every task started from them gets the key, and after a rotation the old key lingers in stale snapshots. `session` shares it across tasks of a session, so one task\'s leak is every task\'s leak. A missing scope leaves the lifetime to an orchestrator default nobody reviewed.',
    fix: 'Set `scope: task`: the key is injected at task start and dies with the task\'s VM.',
    bad: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    scope: pool',
    good: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    scope: task',
  },
  check(ctx, report) {
    for (const ref of credentialsOf(ctx)) {
      const f = ref.cred.fields.get('scope');
      const name = ref.cred.name;
      const fix = setFieldFix(ctx, ref, 'scope', 'task', f ? `Set scope of ${name} to task` : `Add scope: task to ${name}`, { preferred: true, safe: true });
      const fixes = fix ? [fix] : [];
      if (!f) {
        report({ message: `Credential \`${name}\` has no \`scope\`: how long the key lives is left to the orchestrator's default. Set \`scope: task\` so it dies with the task.`, span: ref.cred.keySpan, severity: 'warning', fixes });
      } else if (f.text === 'pool') {
        report({ message: `Credential \`${name}\` has \`scope: pool\`: the key is baked into warm-pool snapshots, reaches every task started from them and survives rotation in stale snapshots. Use \`scope: task\`.`, span: f.valueSpan ?? f.keySpan, fixes });
      } else if (f.text === 'session') {
        // values outside the enum are the schema rule's (SG002) finding
        const what = f.text === 'session' ? '`scope: session` shares the key across all tasks of a session' : `\`scope\` is not \`task\``;
        report({ message: `Credential \`${name}\`: ${what}, so a leak in one task exposes the others. Use \`scope: task\`.`, span: f.valueSpan ?? f.keySpan, severity: 'warning', fixes });
      }
    }
  },
};
