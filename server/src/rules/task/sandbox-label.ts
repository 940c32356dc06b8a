import type { TaskRule } from '../../models/task/taskContext.js';
import { quoteValue } from '../../secrets/redactText.js';
import { credentialsOf, setFieldFix } from './credentialList.js';
import { sandboxLabelMeta } from '../meta/task/sandbox-label.js';

/** Words that mark a provider-side key label as a sandbox key (whole words: "latest" is not "test"). */
const SANDBOX_WORDS = new Set([
  'sandbox', 'sbx', 'staging', 'stage', 'stg', 'test', 'tests', 'testing', 'qa', 'uat', 'dev', 'development',
  'demo', 'preprod', 'nonprod', 'nonproduction', 'playground',
]);
const PRODUCTION_WORDS = new Set(['prod', 'production', 'live', 'prd']);

/** Lowercase words of a label, with `non-prod` / `pre-prod` joined so they do not read as "prod". */
function words(label: string): string[] {
  return label.toLowerCase().replace(/\b(non|pre)[\s_-]+(prod|production)\b/g, '$1$2').split(/[^a-z0-9]+/).filter(Boolean);
}

/** Whether a label marks the key as a sandbox key: a sandbox word and no production word. */
export function isSandboxLabel(label: string, extraMarkers: string[] = []): boolean {
  const w = words(label);
  const extra = new Set(extraMarkers.map((m) => m.toLowerCase()));
  if (w.some((x) => PRODUCTION_WORDS.has(x))) return false;
  return w.some((x) => SANDBOX_WORDS.has(x) || extra.has(x));
}

export const sandboxLabel: TaskRule = {
  ...sandboxLabelMeta,
  check(ctx, report) {
    for (const ref of credentialsOf(ctx)) {
      const name = ref.cred.name;
      const f = ref.cred.fields.get('label');
      const fix = setFieldFix(ctx, ref, 'label', 'Codex sandbox', f ? `Set label of ${name} to "Codex sandbox"` : `Add label: Codex sandbox to ${name}`, { preferred: true });
      const fixes = fix ? [fix] : [];
      if (!f) {
        report({ message: `Credential \`${name}\` has no \`label\`: nobody can tell at the provider which key the sandbox uses. Label the key "Codex sandbox" there and add \`label: Codex sandbox\`.`, span: ref.cred.keySpan, fixes });
      } else if (!(f.text ?? '').trim()) {
        report({ message: `Credential \`${name}\` has an empty \`label\`: nobody can tell at the provider which key the sandbox uses. Label the key "Codex sandbox" there and write \`label: Codex sandbox\`.`, span: f.valueSpan ?? f.keySpan, fixes });
      } else if (!isSandboxLabel(f.text ?? '', ctx.policy.stagingMarkers)) {
        const shown = quoteValue(f.text ?? '', 40);
        report({ message: `Credential \`${name}\` is labelled \`${shown}\`, which does not mark it as a sandbox key: at the provider it cannot be told apart from production keys. Label it "Codex sandbox" (or another name with sandbox, staging or test).`, span: f.valueSpan ?? f.keySpan, fixes });
      }
    }
  },
};
