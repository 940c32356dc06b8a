// Schema validation of one YAML document with human messages on exact spans.
// ajv errors carry JSON pointers; we walk the YAML tree to the key or value they mean.
import { isScalar, type Document, type Node } from 'yaml';
import { scalarInnerSpan } from '../core/yamlSource.js';
import type { Fix, Span } from '../core/types.js';
import { fallbackSpan, findPair, keySpan, locate, pointerSegments, valueSpan, type Located } from './locate.js';
import { parentSchemaOf } from './schemaInfo.js';
import { closestMatch } from './suggest.js';
import { validateValue, type AjvError, type SchemaKind } from './validators.js';
import { actualWord, code, listWords, location, subject, typeWord } from './words.js';
import { patternMessage } from './patternMessages.js';

export interface SchemaIssue {
  message: string;
  span: Span;
  fixes: Fix[];
}

const ROOT_NAME: Record<SchemaKind, string> = { task: 'The task config', policy: 'The policy file' };
/** Keywords whose errors only repeat their sub-schemas' errors. */
const NOISE = new Set(['propertyNames', 'anyOf', 'oneOf', 'if', 'then', 'else', 'allOf', '$ref']);
/** Once a value has the wrong type, these say nothing new about it. */
const AFTER_TYPE = new Set(['enum', 'const', 'minimum', 'maximum', 'pattern', 'uniqueItems', 'required', 'additionalProperties']);

export interface SchemaIssueOptions {
  /** errors another rule reports better (with its own message and fix) */
  skip?: (e: AjvError) => boolean;
}

/** Validates `value` (the document as plain data) and maps the errors onto `doc`'s nodes. */
export function schemaIssues(kind: SchemaKind, doc: Document, value: unknown, text: string, options: SchemaIssueOptions = {}): SchemaIssue[] {
  if (value === null || value === undefined) return []; // an empty document is not a schema error
  const all = validateValue(kind, value);
  const errors = options.skip ? all.filter((e) => !options.skip!(e)) : all;
  if (!errors.length) return [];
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const out: SchemaIssue[] = [];
  const required = new Map<string, string[]>();
  for (const e of errors) {
    if (NOISE.has(e.keyword)) continue;
    if (AFTER_TYPE.has(e.keyword) && typed.has(e.instancePath) && !e.propertyName) continue;
    if (e.keyword === 'required') {
      const list = required.get(e.instancePath) ?? [];
      list.push(String(e.params.missingProperty));
      required.set(e.instancePath, list);
      continue;
    }
    const issue = mapError(kind, doc, text, e, value);
    if (issue) out.push(issue);
  }
  for (const [path, missing] of required) out.push(missingIssue(kind, doc, text, path, missing));
  const seen = new Set<string>();
  return out
    .filter((i) => {
      const k = `${i.span.start}:${i.span.end}:${i.message}`;
      return seen.has(k) ? false : (seen.add(k), true);
    })
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function valueAt(root: unknown, segments: string[]): unknown {
  let v = root;
  for (const s of segments) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

function mapError(kind: SchemaKind, doc: Document, text: string, e: AjvError, root: unknown): SchemaIssue | undefined {
  const segs = pointerSegments(e.instancePath);
  const rootName = ROOT_NAME[kind];
  const loc = locate(doc, segs);
  const at = () => valueSpan(loc, text) ?? fallbackSpan(doc, loc, text);
  const parent = parentSchemaOf(kind, e.schemaPath);
  const who = subject(segs, rootName);
  const value = valueAt(root, segs);

  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String(e.params.additionalProperty);
      const pair = findPair(loc.node, prop);
      const allowed = Object.keys(parent?.properties ?? {});
      const guess = closestMatch(prop, allowed);
      const where = location(segs, rootName);
      const message = guess
        ? `Unknown property ${code(prop)} ${where} (did you mean ${code(guess)}?)`
        : `Unknown property ${code(prop)} ${where}: expected ${allowed.length ? `one of ${listWords(allowed)}` : 'no properties'}`;
      const fixes: Fix[] = [];
      if (guess && pair && isScalar(pair.key) && !findPair(loc.node, guess)) {
        fixes.push({ title: `Rename to \`${guess}\``, edits: [{ ...scalarInnerSpan(pair.key), newText: guess }], preferred: true });
      }
      return { message, span: keySpan(pair) ?? fallbackSpan(doc, loc, text), fixes };
    }
    case 'pattern': {
      if (e.propertyName !== undefined) {
        const pair = findPair(loc.node, e.propertyName);
        const pm = patternMessage(e.schemaPath, e.propertyName, segs);
        const fixes: Fix[] = [];
        if (pm.suggestion && pair && isScalar(pair.key) && !findPair(loc.node, pm.suggestion)) {
          fixes.push({ title: `Rename to \`${pm.suggestion}\``, edits: [{ ...scalarInnerSpan(pair.key), newText: pm.suggestion }], preferred: true });
        }
        return { message: pm.message, span: keySpan(pair) ?? fallbackSpan(doc, loc, text), fixes };
      }
      return { message: patternMessage(e.schemaPath, String(value), segs).message, span: at(), fixes: [] };
    }
    case 'type':
    case 'minimum': {
      if (parent?.type === 'integer' && typeof parent.minimum === 'number') {
        return { message: `${who} must be an integer ≥ ${parent.minimum}`, span: at(), fixes: [] };
      }
      if (e.keyword === 'type' && parent?.enum) return enumIssue(loc, who, parent.enum.map(String), value, at());
      if (e.keyword === 'minimum') return { message: `${who} must be ≥ ${String(e.params.limit)}`, span: at(), fixes: [] };
      return { message: `${who} must be ${typeWord(e.params.type)}, not ${actualWord(value)}`, span: at(), fixes: [] };
    }
    case 'enum': {
      return enumIssue(loc, who, ((e.params.allowedValues as unknown[]) ?? parent?.enum ?? []).map(String), value, at());
    }
    case 'const': {
      const want = String(e.params.allowedValue);
      const message = segs.join('/') === 'version' ? `${who} must be ${want}: it is the only config format version` : `${who} must be ${want}`;
      return { message, span: at(), fixes: replaceFix(loc, want) };
    }
    case 'uniqueItems': {
      // ajv scans from the end: the later of the two indexes is the repeated entry
      const i = Math.max(Number(e.params.i), Number(e.params.j));
      const item = locate(doc, [...segs, String(i)]);
      const dup = Array.isArray(value) ? String(value[i]) : '';
      return { message: `${code(dup)} is listed twice in ${code(segs[segs.length - 1] ?? '')}: remove one`, span: valueSpan(item, text) ?? at(), fixes: [] };
    }
    default:
      return { message: `${who} ${e.message ?? `fails the schema's ${e.keyword} check`}`, span: at(), fixes: [] };
  }
}

function enumIssue(loc: Located, who: string, allowed: string[], value: unknown, span: Span): SchemaIssue {
  const guess = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
  const message = `${who} must be one of ${listWords(allowed)}${guess ? ` (did you mean ${code(guess)}?)` : ''}`;
  return { message, span, fixes: guess ? replaceFix(loc, guess) : [] };
}

function replaceFix(loc: Located, newText: string): Fix[] {
  const n = loc.node as Node | undefined;
  if (!isScalar(n) || !n.range) return [];
  return [{ title: `Replace with \`${newText}\``, edits: [{ ...scalarInnerSpan(n), newText }], preferred: true }];
}

function missingIssue(kind: SchemaKind, doc: Document, text: string, path: string, missing: string[]): SchemaIssue {
  const segs = pointerSegments(path);
  const loc = locate(doc, segs);
  const names = missing.map(code);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  const hint = segs.length === 2 && segs[0] === 'credentials' && missing.includes('source')
    ? ': name the secrets manager its value comes from (e.g. `source: vault`)'
    : '';
  return { message: `${subject(segs, ROOT_NAME[kind])} is missing ${list}${hint}`, span: keySpan(loc.pair) ?? fallbackSpan(doc, loc, text), fixes: [] };
}
