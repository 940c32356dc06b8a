// The credentials the per-field rules (SG203–SG208) look at, with the node their fields are inserted into.
import { isMap, isPair, isScalar, type Node, type Scalar } from 'yaml';
import type { TaskContext } from '../../models/task/taskContext.js';
import type { CredentialEntry, Field, TaskDoc } from '../../models/task/taskModel.js';
import type { Fix, Span } from '../../core/types.js';
import { insertIntoMap, keepAliases, simpleEntry } from './credentialEdits.js';

export interface CredentialRef {
  doc: TaskDoc;
  cred: CredentialEntry;
  /** the credential's value node: a map, or null for `NAME:` */
  value: Node | null;
}

/** Credentials written as a map or left empty; `NAME: <scalar>` is secret-in-file's and the schema's business. */
export function credentialsOf(ctx: TaskContext): CredentialRef[] {
  const out: CredentialRef[] = [];
  for (const doc of ctx.docs) {
    const creds = doc.credentialsField?.pair.value;
    if (!isMap(creds)) continue;
    const byKeyStart = new Map<number, Node | null>();
    for (const p of creds.items) {
      const start = isPair(p) ? (p.key as Node | null)?.range?.[0] : undefined;
      if (start !== undefined && !byKeyStart.has(start)) byKeyStart.set(start, (p.value as Node | null) ?? null);
    }
    for (const cred of doc.credentials) {
      // an aliased (`B: *a`) or merged credential is the map it stands for; edits there change every use, and say so
      const value = cred.map ?? byKeyStart.get(cred.keySpan.start) ?? null;
      if (value && !isMap(value) && !(isScalar(value) && value.value === null)) continue;
      out.push({ doc, cred, value });
    }
  }
  return out;
}

/** A field's value span without the line break a block collection's range ends with. */
export function valueSpanOf(text: string, f: Field): Span {
  const span = f.valueSpan ?? f.keySpan;
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return { start: span.start, end };
}

/** Sets a field: replaces its value inside the quotes, or inserts `key: value` into the credential. */
export function setFieldFix(ctx: TaskContext, ref: CredentialRef, key: string, value: string, title: string, opts: { preferred?: boolean; safe?: boolean; where?: 'first' | 'last' } = {}): Fix | undefined {
  const f = ref.cred.fields.get(key);
  const { where = 'last', ...flags } = opts;
  if (f) {
    const span = f.innerSpan ?? f.valueSpan;
    if (!span || !isScalar(f.pair.value)) return undefined;
    // `label:` with nothing after it: the empty value sits right after the colon and needs a space
    const gap = span.start === span.end && ctx.text[span.start - 1] === ':' ? ' ' : '';
    // an anchored value (`permissions: &x read-write`) must not change its aliases (`label: *x`): they get the old value written out
    const kept = keepAliases(ctx.text, ref.doc.doc, f.pair.value as Scalar);
    return { title: `${title}${kept.note}`, edits: [{ ...span, newText: `${gap}${value}` }, ...kept.edits], ...flags };
  }
  const edit = insertIntoMap(ctx.text, ref.cred.keySpan, ref.value, simpleEntry(key, value), where);
  return edit ? { title, edits: [edit], ...flags } : undefined;
}

