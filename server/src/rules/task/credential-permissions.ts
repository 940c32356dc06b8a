import type { TaskRule } from '../../models/task/taskContext.js';
import { quoteValue } from '../../secrets/redactText.js';
import { credentialsOf, setFieldFix } from './credentialList.js';
import { credentialPermissionsMeta } from '../meta/task/credential-permissions.js';

export const credentialPermissions: TaskRule = {
  ...credentialPermissionsMeta,
  check(ctx, report) {
    for (const ref of credentialsOf(ctx)) {
      const f = ref.cred.fields.get('permissions');
      const name = ref.cred.name;
      const fix = setFieldFix(ctx, ref, 'permissions', 'read-only', f ? `Set permissions of ${name} to read-only` : `Add permissions: read-only to ${name}`, { preferred: true, safe: true });
      const fixes = fix ? [fix] : [];
      if (!f) {
        report({ message: `Credential \`${name}\` declares no \`permissions\`: nobody has checked what the key may do. Use a read-only key and declare \`permissions: read-only\`.`, span: ref.cred.keySpan, severity: 'warning', fixes });
      } else if (f.text === 'read-write' || f.text === 'admin') {
        // values outside the enum are the schema rule's (SG002) finding
        const admin = /admin|owner|root|full|all/i.test(f.text ?? '');
        const what = admin ? 'an admin key lets the agent manage the account itself (keys, webhooks, users) and delete data' : 'a write key lets the agent create, change and delete records';
        report({ message: `Credential \`${name}\` has \`permissions: ${quoteValue(f.text ?? '…', 40)}\`: ${what}. Use a read-only key and declare \`permissions: read-only\`.`, span: f.valueSpan ?? f.keySpan, severity: admin ? undefined : 'warning', fixes });
      }
    }
  },
};
