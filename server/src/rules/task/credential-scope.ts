import type { TaskRule } from '../../models/task/taskContext.js';
import { credentialsOf, setFieldFix } from './credentialList.js';
import { credentialScopeMeta } from '../meta/task/credential-scope.js';

export const credentialScope: TaskRule = {
  ...credentialScopeMeta,
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
