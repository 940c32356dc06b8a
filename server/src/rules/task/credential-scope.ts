import type { TaskRule } from '../../models/task/taskContext.js';
import { quoteValue } from '../../secrets/redactText.js';
import { credentialsOf, setFieldFix } from './credentialList.js';
import { declareFix, pendingNoteReport, providerOf } from './declaredChange.js';
import { credentialScopeMeta } from '../meta/task/credential-scope.js';

/** Where the old key still lives after the scope changed: why it must be rotated. */
const STILL = {
  pool: 'the old key stays in the warm-pool snapshots it was baked into',
  session: 'the old key was shared with the other tasks of its sessions',
} as Record<string, string>;

/** The info finding kept while the config declares `scope: task` but the key was not rotated yet. */
export function pendingScopeMessage(name: string, was: string, provider: string): string {
  const still = STILL[was] ?? 'the old key was shared beyond one task';
  return `Credential \`${name}\` declares \`scope: task\`, but its note says it was \`${quoteValue(was, 40)}\`: ${still} until it is rotated at ${provider}. Rotate the key, tick the item in the key checklist and delete the note; or give a reason in a suppression comment.`;
}

export const credentialScope: TaskRule = {
  ...credentialScopeMeta,
  check(ctx, report) {
    for (const ref of credentialsOf(ctx)) {
      const f = ref.cred.fields.get('scope');
      const name = ref.cred.name;
      const provider = providerOf(ctx, ref.cred);
      if (!f) {
        // a missing scope leaves it to the orchestrator's default: declaring `task` changes what the orchestrator does
        const fix = setFieldFix(ctx, ref, 'scope', 'task', `Add scope: task to ${name}`, { preferred: true, safe: true });
        report({ message: `Credential \`${name}\` has no \`scope\`: how long the key lives is left to the orchestrator's default. Set \`scope: task\` so it dies with the task.`, span: ref.cred.keySpan, severity: 'warning', fixes: fix ? [fix] : [] });
      } else if (f.text === 'pool' || f.text === 'session') {
        const fix = declareFix(ctx, ref, 'scope', 'task', `Declare scope: task - then rotate the key at ${provider} (${STILL[f.text]})`, 'rotated', pendingScopeMessage(name, f.text, provider));
        const fixes = fix ? [fix] : [];
        if (f.text === 'pool') {
          report({ message: `Credential \`${name}\` has \`scope: pool\`: the key is baked into warm-pool snapshots, reaches every task started from them and survives rotation in stale snapshots. Use \`scope: task\`.`, span: f.valueSpan ?? f.keySpan, fixes });
        } else {
          // values outside the enum are the schema rule's (SG002) finding
          report({ message: `Credential \`${name}\`: \`scope: session\` shares the key across all tasks of a session, so a leak in one task exposes the others. Use \`scope: task\`.`, span: f.valueSpan ?? f.keySpan, severity: 'warning', fixes });
        }
      } else if (f.text === 'task') {
        const r = pendingNoteReport(ctx, f, 'rotated', (was) => pendingScopeMessage(name, was, provider), `Delete the note (the key at ${provider} was rotated)`);
        if (r) report(r);
      }
    }
  },
};
