// Typed access to the generated standalone validators (no ajv, no `new Function` at run time).
import validateTaskGenerated from './generated/taskValidator.js';
import validatePolicyGenerated from './generated/policyValidator.js';

/** The subset of ajv's ErrorObject the mapper reads. */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  /** set for errors from `propertyNames` */
  propertyName?: string;
  message?: string;
}

interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

export type SchemaKind = 'task' | 'policy';

const VALIDATORS: Record<SchemaKind, GeneratedValidator> = {
  task: validateTaskGenerated as unknown as GeneratedValidator,
  policy: validatePolicyGenerated as unknown as GeneratedValidator,
};

/** Validates plain data against a schema; returns ajv's raw errors (empty when valid). */
export function validateValue(kind: SchemaKind, value: unknown): AjvError[] {
  const fn = VALIDATORS[kind];
  return fn(value) ? [] : [...(fn.errors ?? [])];
}
