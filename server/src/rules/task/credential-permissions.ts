import type { TaskRule } from '../../models/task/taskContext.js';
import { quoteValue } from '../../secrets/redactText.js';
import { credentialsOf, setFieldFix } from './credentialList.js';
import { declareFix, pendingNoteReport, providerOf } from './declaredChange.js';
import { credentialPermissionsMeta } from '../meta/task/credential-permissions.js';

/** The info finding kept while the config declares read-only but the key at the provider was not replaced yet. */
export function pendingPermissionsMessage(name: string, was: string, provider: string): string {
  return `Credential \`${name}\` declares \`permissions: read-only\`, but its note says it was \`${quoteValue(was, 40)}\`: the key at ${provider} keeps those rights until it is replaced. Replace it with a read-only key, tick the item in the key checklist and delete the note; or give a reason in a suppression comment.`;
}

export const credentialPermissions: TaskRule = {
  ...credentialPermissionsMeta,
  check(ctx, report) {
    for (const ref of credentialsOf(ctx)) {
      const f = ref.cred.fields.get('permissions');
      const name = ref.cred.name;
      const provider = providerOf(ctx, ref.cred);
      if (!f) {
        // declaring is all the edit does: the title says what the declaration must be true of
        const fix = setFieldFix(ctx, ref, 'permissions', 'read-only', `Declare permissions: read-only for ${name} (only if the key at ${provider} is read-only)`, { safe: false });
        report({ message: `Credential \`${name}\` declares no \`permissions\`: nobody has checked what the key may do. Use a read-only key and declare \`permissions: read-only\`.`, span: ref.cred.keySpan, severity: 'warning', fixes: fix ? [fix] : [] });
      } else if (f.text === 'read-write' || f.text === 'admin') {
        // values outside the enum are the schema rule's (SG002) finding
        const admin = /admin|owner|root|full|all/i.test(f.text ?? '');
        const what = admin ? 'an admin key lets the agent manage the account itself (keys, webhooks, users) and delete data' : 'a write key lets the agent create, change and delete records';
        const fix = declareFix(ctx, ref, 'permissions', 'read-only', `Declare read-only - then replace the key at ${provider} with a read-only one`, 'replaced', pendingPermissionsMessage(name, f.text, provider));
        report({ message: `Credential \`${name}\` has \`permissions: ${quoteValue(f.text ?? '…', 40)}\`: ${what}. Use a read-only key and declare \`permissions: read-only\`.`, span: f.valueSpan ?? f.keySpan, severity: admin ? undefined : 'warning', fixes: fix ? [fix] : [] });
      } else if (f.text === 'read-only') {
        const r = pendingNoteReport(ctx, f, 'replaced', (was) => pendingPermissionsMessage(name, was, provider), `Delete the note (the key at ${provider} was replaced with a read-only one)`);
        if (r) report(r);
      }
    }
  },
};
