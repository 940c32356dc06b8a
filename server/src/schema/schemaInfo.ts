// Looks up the (full, annotated) schema behind an ajv error: allowed property names, enum lists, limits.
import taskSchema from '../../../schemas/sandbox-task.schema.json';
import policySchema from '../../../schemas/sandbox-guard-policy.schema.json';
import { pointerSegments } from './locate.js';
import type { SchemaKind } from './validators.js';

export type JsonSchema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  minimum?: number;
  $ref?: string;
  description?: string;
  markdownDescription?: string;
};

export const SCHEMAS: Record<SchemaKind, JsonSchema> = {
  task: taskSchema as unknown as JsonSchema,
  policy: policySchema as unknown as JsonSchema,
};

/** Resolves a `#/a/b` pointer inside a schema (following a final `$ref`). */
export function schemaAt(kind: SchemaKind, pointer: string): JsonSchema | undefined {
  let node: unknown = SCHEMAS[kind];
  for (const seg of pointerSegments(pointer.replace(/^#/, ''))) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  const s = node as JsonSchema | undefined;
  if (s && typeof s === 'object' && typeof s.$ref === 'string') return schemaAt(kind, s.$ref);
  return s && typeof s === 'object' ? s : undefined;
}

/** The schema object that holds the failing keyword (`#/x/y/minimum` -> `#/x/y`). */
export function parentSchemaOf(kind: SchemaKind, schemaPath: string): JsonSchema | undefined {
  return schemaAt(kind, schemaPath.slice(0, schemaPath.lastIndexOf('/')));
}
