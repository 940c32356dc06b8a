import type { RuleMeta } from '../../../core/types.js';

export const sandboxLabelMeta: RuleMeta = {
  id: 'SG208',
  name: 'sandbox-label',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'A credential has no `label`, or its label does not mark the key as a sandbox key.',
    why: 'The label is how the key is named at the provider. During an incident or an audit, people revoke and review keys by that name: an unlabelled key, or one called "main" or "prod", cannot be told apart from the keys production depends on, so it is neither rotated nor revoked in time.',
    fix: 'Label the key at the provider as a sandbox key (for example "Codex sandbox") and write the same label here.',
    bad: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    label: main key',
    good: 'credentials:\n  STAGING_API_KEY:\n    source: vault\n    label: Codex sandbox',
  },
};
