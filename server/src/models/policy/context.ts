import type { Document } from 'yaml';
import type { CatalogIndex } from '../../catalog/catalog.js';
import type { LineIndex } from '../../core/lineIndex.js';
import type { Rule } from '../../core/types.js';
import type { YamlProblem } from '../../core/yamlSource.js';
import type { SchemaIssue } from '../../schema/issues.js';

/** What a policy-file rule sees. */
export interface PolicyContext {
  text: string;
  path?: string;
  lines: LineIndex;
  /** the first YAML document: the policy (undefined when the file could not be parsed at all) */
  doc?: Document.Parsed;
  /** further documents: ignored, and reported */
  extraDocs: Document.Parsed[];
  /** the policy as plain data */
  value: unknown;
  /** parser problems and unsafe input */
  problems: YamlProblem[];
  /** schema errors of `value`, mapped to spans */
  schema: SchemaIssue[];
  catalog: CatalogIndex;
}

export type PolicyRule = Rule<PolicyContext>;
