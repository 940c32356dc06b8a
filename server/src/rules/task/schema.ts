import type { TaskRule } from '../../models/task/taskContext.js';
import { schemaIssues } from '../../schema/issues.js';
import type { AjvError } from '../../schema/validators.js';
import { isSecretKeyName } from '../../secrets/keys.js';

/**
 * A missing or unknown credential `source` is credential-source's (SG203) finding, with a fix that
 * inserts `source: vault`: reporting it here too would only double the noise on the same node.
 */
export function ownedByOtherRules(e: AjvError): boolean {
  // an unknown secret-like property (`token: …`) is secret-in-file's (SG201), whose fix moves it to the secrets manager
  if (e.keyword === 'additionalProperties' && /^\/credentials\/[^/]+$/.test(e.instancePath) && isSecretKeyName(String(e.params.additionalProperty))) return true;
  if (e.keyword === 'required' && e.params.missingProperty === 'source' && /^\/credentials\/[^/]+$/.test(e.instancePath)) return true;
  return /^\/credentials\/[^/]+\/source$/.test(e.instancePath);
}

export const schema: TaskRule = {
  id: 'SG002',
  name: 'schema',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'The config does not match the task-config schema: unknown keys, wrong types, values outside the allowed set.',
    why: 'The orchestrator may reject the config, ignore a misspelt key (an `allowlst:` restricts nothing), or read a value differently than the checks do. A mistyped `permissions` or `scope` silently falls back to the provider default, which is rarely the least privilege.',
    fix: 'Correct the key or value at the reported position: the message names the allowed keys or values, and a quick fix renames a misspelt key or value when a close match exists. See docs/config-format.md.',
    bad: 'network:\n  allowlst:\n    - api.staging.example.com\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    permissions: readonly',
    good: 'network:\n  allowlist:\n    - api.staging.example.com\ncredentials:\n  STAGING_API_KEY:\n    source: vault\n    permissions: read-only',
  },
  check(ctx, report) {
    for (const td of ctx.docs) {
      // a document whose aliases were refused has no plain value: SG001 already reports it
      if (td.value === undefined) continue;
      for (const issue of schemaIssues('task', td.doc, td.value, ctx.text, { skip: ownedByOtherRules })) report(issue);
    }
  },
};
