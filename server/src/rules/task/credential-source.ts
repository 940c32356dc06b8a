import type { TaskRule } from '../../models/task/taskContext.js';
import { quoteValue } from '../../secrets/redactText.js';
import { credentialsOf, setFieldFix } from './credentialList.js';
import { credentialSourceMeta, SECRET_MANAGERS } from '../meta/task/credential-source.js';


export const credentialSource: TaskRule = {
  ...credentialSourceMeta,
  check(ctx, report) {
    for (const ref of credentialsOf(ctx)) {
      const f = ref.cred.fields.get('source');
      // `Vault`, `1Password`: the manager is right, only its spelling is not; the fix keeps that manager
      const lower = f?.text?.toLowerCase();
      const respelled = lower !== undefined && lower !== f?.text && SECRET_MANAGERS.includes(lower) ? lower : undefined;
      const to = respelled ?? 'vault';
      const fix = setFieldFix(ctx, ref, 'source', to, f ? `Set source of ${ref.cred.name} to ${to}` : `Add source: vault to ${ref.cred.name}`, { preferred: true, where: 'first' });
      const fixes = fix ? [fix] : [];
      if (respelled) {
        report({ message: `Credential \`${ref.cred.name}\`: \`${f!.text}\` is not spelled as a \`source\` name: write \`${respelled}\` (source names are lowercase, and a tool that does not know the name cannot tell where the key comes from).`, span: f!.valueSpan ?? f!.keySpan, fixes });
      } else if (!f) {
        report({ message: `Credential \`${ref.cred.name}\` has no \`source\`: nothing says where its value comes from. Add \`source: vault\` (or another secrets manager: ${SECRET_MANAGERS.join(', ')}).`, span: ref.cred.keySpan, fixes });
      } else if (!SECRET_MANAGERS.includes(f.text ?? '')) {
        const shown = f.text === undefined ? 'not a name' : `\`${quoteValue(f.text, 40)}\``;
        report({ message: `Credential \`${ref.cred.name}\` comes from ${shown}, which is not a secrets manager. Use one of ${SECRET_MANAGERS.join(', ')} so the value is stored, audited and rotated there.`, span: f.valueSpan ?? f.keySpan, fixes });
      }
    }
  },
};
