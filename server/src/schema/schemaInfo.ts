// Looks up the (full, annotated) schema behind an ajv error: allowed property names, enum lists, limits.
import taskSchema from '../../../schemas/sandbox-task.schema.json';
import policySchema from '../../../schemas/sandbox-guard-policy.schema.json';
import { pointerSegments } from './locate.js';
import type { SchemaKind } from './validators.js';

// The one JSON-Schema type of the project's schemas (the checker's messages and the editor's completion and hover).
export interface Snippet {
  label?: string;
  description?: string;
  markdownDescription?: string;
  body?: unknown;
  bodyText?: string;
}

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  defaultSnippets?: Snippet[];
  default?: unknown;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  deprecationMessage?: string;
  [k: string]: unknown;
}

export const SCHEMAS: Record<SchemaKind, JsonSchema> = {
  task: taskSchema as unknown as JsonSchema,
  policy: policySchema as unknown as JsonSchema,
};

/** The value at a `#/a/b` JSON pointer inside a schema (no `$ref` followed), or undefined. */
export function resolvePointer(root: JsonSchema, pointer: string): unknown {
  let node: unknown = root;
  for (const seg of pointerSegments(pointer.replace(/^#/, ''))) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/** Resolves a `#/a/b` pointer inside a schema (following a final `$ref`). */
export function schemaAt(kind: SchemaKind, pointer: string): JsonSchema | undefined {
  const s = resolvePointer(SCHEMAS[kind], pointer) as JsonSchema | undefined;
  if (s && typeof s === 'object' && typeof s.$ref === 'string') return schemaAt(kind, s.$ref);
  return s && typeof s === 'object' ? s : undefined;
}

/** The schema object that holds the failing keyword (`#/x/y/minimum` -> `#/x/y`). */
export function parentSchemaOf(kind: SchemaKind, schemaPath: string): JsonSchema | undefined {
  return schemaAt(kind, schemaPath.slice(0, schemaPath.lastIndexOf('/')));
}
