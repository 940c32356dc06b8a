// Schema validation with human messages on exact YAML spans (used by SG002 and the policy rules),
// and the annotated schemas for hover/completion.
export { schemaIssues, type SchemaIssue, type SchemaIssueOptions } from './issues.js';
export { validateValue, type AjvError, type SchemaKind } from './validators.js';
export { SCHEMAS, schemaAt, type JsonSchema } from './schemaInfo.js';
export { closestMatch, editDistance } from './suggest.js';
