import type { TaskRule } from '../../models/task/taskContext.js';
import { schemaIssues } from '../../schema/issues.js';
import type { AjvError } from '../../schema/validators.js';
import { isSecretKeyName } from '../../secrets/keys.js';
import { schemaMeta } from '../meta/task/schema.js';

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
  ...schemaMeta,
  check(ctx, report) {
    for (const td of ctx.docs) {
      // a document whose aliases were refused has no plain value: SG001 already reports it
      if (td.value === undefined) continue;
      for (const issue of schemaIssues('task', td.doc, td.value, ctx.text, { skip: ownedByOtherRules })) report(issue);
    }
  },
};
