// Navigation in the project's JSON Schemas (task config and policy file) by YAML path.
import type { FileKind } from '../core/types.js';
import { KINDS } from '../kinds/index.js';
import { SCHEMAS, resolvePointer, type JsonSchema, type Snippet } from '../schema/schemaInfo.js';
import { CLAUDE_SETTINGS_SCHEMA, SRT_SETTINGS_SCHEMA } from '../schema/settingsSchemas.js';
import type { Segment } from './yamlPath.js';

export type { JsonSchema, Snippet };

const SETTINGS_SCHEMAS: Record<'claude' | 'srt', JsonSchema> = { claude: CLAUDE_SETTINGS_SCHEMA, srt: SRT_SETTINGS_SCHEMA };

export function schemaFor(kind: FileKind): JsonSchema | undefined {
  const which = KINDS[kind].editor.schema;
  if (which === 'claude' || which === 'srt') return SETTINGS_SCHEMAS[which];
  return which ? SCHEMAS[which] : undefined;
}

function resolve(root: JsonSchema, s: JsonSchema | undefined, depth = 0): JsonSchema | undefined {
  if (!s || depth > 20) return s;
  if (s.$ref?.startsWith('#/')) {
    const cur = resolvePointer(root, s.$ref);
    const { $ref: _ref, ...rest } = s;
    const target = resolve(root, cur as JsonSchema, depth + 1);
    return target ? { ...target, ...rest } : undefined;
  }
  return s;
}

/** The alternatives of a schema (itself plus allOf/anyOf/oneOf branches), resolved. */
export function variants(root: JsonSchema, s: JsonSchema | undefined): JsonSchema[] {
  const r = resolve(root, s);
  if (!r) return [];
  const out = [r];
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) for (const sub of r[k] ?? []) out.push(...variants(root, sub));
  return out;
}

/** The schema of a child key of an object schema. */
export function childSchema(root: JsonSchema, s: JsonSchema | undefined, key: string): JsonSchema | undefined {
  for (const v of variants(root, s)) {
    const p = v.properties?.[key];
    if (p) return resolve(root, p);
  }
  for (const v of variants(root, s)) {
    for (const [pat, ps] of Object.entries(v.patternProperties ?? {})) {
      try {
        if (new RegExp(pat, 'u').test(key)) return resolve(root, ps);
      } catch {
        /* ignore a pattern JS cannot compile */
      }
    }
    if (typeof v.additionalProperties === 'object') return resolve(root, v.additionalProperties);
  }
  return undefined;
}

export function itemSchema(root: JsonSchema, s: JsonSchema | undefined): JsonSchema | undefined {
  for (const v of variants(root, s)) {
    if (v.items && !Array.isArray(v.items)) return resolve(root, v.items);
  }
  return undefined;
}

/** The schema at a YAML path ('[]' = array item). */
export function schemaAt(root: JsonSchema, path: Segment[]): JsonSchema | undefined {
  let s: JsonSchema | undefined = resolve(root, root);
  for (const seg of path) {
    s = seg === '[]' ? itemSchema(root, s) : childSchema(root, s, seg);
    if (!s) return undefined;
  }
  return s;
}

export function typesOf(root: JsonSchema, s: JsonSchema | undefined): Set<string> {
  const out = new Set<string>();
  for (const v of variants(root, s)) {
    if (Array.isArray(v.type)) v.type.forEach((t) => out.add(t));
    else if (v.type) out.add(v.type);
    else if (v.properties || v.additionalProperties) out.add('object');
    else if (v.items) out.add('array');
  }
  return out;
}

export function descriptionOf(s: JsonSchema | undefined): string | undefined {
  return s?.markdownDescription ?? s?.description;
}
