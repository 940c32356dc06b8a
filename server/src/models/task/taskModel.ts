// A typed view of one task-config document with the source span of every value the rules look at.
// Rules read this model instead of walking the YAML tree themselves.
// Aliases and YAML 1.1 merge keys are followed (as the agent's runtime does): a value reached through
// `*name` or `<<: *base` is reported at that use site (`span`), while edits go where it is written.
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { MAX_ALIAS_COUNT, nodeSpan, scalarInnerSpan, scalarString } from '../../core/yamlSource.js';
import { AliasResolver, type AliasHop } from '../../core/yamlAliases.js';
import type { Span } from '../../core/types.js';

export type { AliasHop };

export type HostListName = 'allowlist' | 'allowlist_additions' | 'hosts';

export interface HostEntry {
  /** the host text as written */
  value: string;
  /** where the entry is used, the span findings point at: the whole scalar (with quotes), or the alias (`*name`) that brings it */
  span: Span;
  /** span of the text inside quotes, where it is written (at the anchor when aliased): replace this to swap the host and keep the quoting */
  innerSpan: Span;
  /** aliases from the use site to the written value, outermost first (empty when written in place) */
  via: AliasHop[];
  /** the list item's own span: the scalar, or the `*name` alias written as the item (inside the anchored list when the list is aliased) */
  itemSpan: Span;
  /** true when the list item itself sits in this list (written in place or as `- *name`), so removing its line removes only this use */
  ownItem: boolean;
  list: HostListName;
  /** for `hosts` entries: the credential they belong to */
  credential?: string;
  /** the trailing comment, the entry's justification */
  comment?: string;
  /** span of the whole sequence item line, for removal fixes */
  itemLineSpan: Span;
  /** the scalar holding the value (the anchored one when aliased) */
  node: Scalar;
}

export interface Field {
  value: unknown;
  /** string form when the value is a scalar */
  text?: string;
  keySpan: Span;
  /** span of the value where it is written (inside the anchored node when aliased or merged) */
  valueSpan?: Span;
  /** inner span for scalars written in place (undefined when aliased: an edit there would change every use) */
  innerSpan?: Span;
  pair: Pair;
  /** aliases (and merge keys) the field was reached through, outermost first */
  via: AliasHop[];
}

export interface CredentialEntry {
  name: string;
  keySpan: Span;
  /** span of the whole `NAME: {...}` pair */
  pairSpan: Span;
  map?: YAMLMap;
  fields: Map<string, Field>;
  hosts: HostEntry[];
}

export interface EnvEntry {
  name: string;
  keySpan: Span;
  value?: string;
  /** where the value is used: the scalar, or the alias that brings it */
  valueSpan?: Span;
  /** the text inside quotes where the value is written (at the anchor when aliased) */
  innerSpan?: Span;
  node?: Scalar;
  /** aliases (and merge keys) from the use site to the written value, outermost first */
  via: AliasHop[];
}

export interface TaskDoc {
  doc: Document.Parsed;
  /** span of the document's content (or 0-length at its start) */
  span: Span;
  root?: YAMLMap;
  network?: Field;
  hostEntries: HostEntry[];
  /** the `allowlist`/`allowlist_additions` entries only */
  allowlist: HostEntry[];
  methods: { value: string; span: Span }[];
  methodsField?: Field;
  credentialsField?: Field;
  credentials: CredentialEntry[];
  envField?: Field;
  env: EnvEntry[];
  maxParallelTasks?: { value: number; span: Span };
  /** the document as plain data (undefined when alias expansion was refused) */
  value?: unknown;
}

function pairKey(pair: Pair): string | undefined {
  return scalarString(pair.key);
}

function pairKeySpan(pair: Pair): Span {
  return nodeSpan(pair.key as Node) ?? { start: 0, end: 0 };
}

/** The fields of a map, merge keys applied, alias values followed (the first of duplicate keys). */
export function fieldsOf(map: YAMLMap | undefined, r?: AliasResolver, via: AliasHop[] = []): Map<string, Field> {
  const out = new Map<string, Field>();
  if (!map) return out;
  const entries = r ? r.pairs(map, via) : map.items.filter(isPair).map((pair) => ({ key: pairKey(pair as Pair), pair: pair as Pair, via }));
  for (const { key, pair, via: reached } of entries) {
    if (key === undefined || out.has(key)) continue;
    const raw = pair.value as Node | null;
    const { node, hop } = r ? r.deref(raw) : { node: raw, hop: undefined };
    const v = node ?? null;
    const fieldVia = hop ? [...reached, hop] : reached;
    out.set(key, {
      value: isScalar(v) ? v.value : v,
      text: scalarString(v),
      keySpan: pairKeySpan(pair),
      valueSpan: nodeSpan(v),
      innerSpan: isScalar(v) && v.range && !fieldVia.length ? scalarInnerSpan(v) : undefined,
      pair,
      via: fieldVia,
    });
  }
  return out;
}

/** The node a field holds (aliases followed), for fields whose value is a collection. */
function fieldNode(f: Field | undefined): Node | null | undefined {
  if (!f) return undefined;
  return isMap(f.value) || isSeq(f.value) ? f.value : (f.pair.value as Node | null);
}

function lineSpanAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && text[start - 1] !== '\n') start--;
  let end = span.end;
  while (end < text.length && text[end] !== '\n') end++;
  if (end < text.length) end++;
  return { start, end };
}

function hostEntries(text: string, r: AliasResolver, field: Field | undefined, list: HostListName, credential?: string): HostEntry[] {
  const seq = fieldNode(field);
  if (!field || !isSeq(seq)) return [];
  const out: HostEntry[] = [];
  for (const raw of seq.items) {
    const { node: item, hop } = r.deref(raw);
    if (!isScalar(item) || !item.range || !(raw as Node).range) continue;
    const value = scalarString(item);
    if (value === undefined) continue;
    const via = hop ? [...field.via, hop] : field.via;
    // a block scalar's range ends after its line break: the entry ends at its last character
    const rawRange = (raw as Node).range!;
    let end = rawRange[1];
    while (end > rawRange[0] && /\s/.test(text[end - 1])) end--;
    const own = { start: rawRange[0], end };
    const span = field.via.length ? field.via[0].span : own;
    out.push({
      value,
      span,
      innerSpan: scalarInnerSpan(item, text),
      via,
      itemSpan: own,
      ownItem: !field.via.length,
      list,
      credential,
      comment: (raw as Node).comment?.trim() || item.comment?.trim() || undefined,
      itemLineSpan: seq.flow ? own : lineSpanAround(text, own),
      node: item,
    });
  }
  return out;
}

/** The model of one document; `aliasBudget` 0 leaves aliases and merge keys unfollowed (an alias bomb). */
export function buildTaskDoc(text: string, doc: Document.Parsed, aliasBudget = MAX_ALIAS_COUNT): TaskDoc {
  const r = new AliasResolver(doc, text, aliasBudget);
  const contents = doc.contents as Node | null;
  const span = nodeSpan(contents) ?? { start: doc.range[0], end: doc.range[0] };
  const td: TaskDoc = { doc, span, hostEntries: [], allowlist: [], methods: [], credentials: [], env: [] };
  if (!isMap(contents)) return td;
  td.root = contents;
  const top = fieldsOf(contents, r);

  td.network = top.get('network');
  const netNode = fieldNode(td.network);
  const net = isMap(netNode) ? fieldsOf(netNode, r, td.network!.via) : new Map<string, Field>();
  td.allowlist = [
    ...hostEntries(text, r, net.get('allowlist'), 'allowlist'),
    ...hostEntries(text, r, net.get('allowlist_additions'), 'allowlist_additions'),
  ];
  td.methodsField = net.get('methods');
  const methods = fieldNode(td.methodsField);
  if (isSeq(methods)) {
    for (const raw of methods.items) {
      const { node: m } = r.deref(raw);
      const v = scalarString(m);
      const s = nodeSpan(m);
      if (v !== undefined && s) td.methods.push({ value: v, span: s });
    }
  }

  td.credentialsField = top.get('credentials');
  const creds = fieldNode(td.credentialsField);
  if (isMap(creds)) {
    for (const { key: name, pair, via } of r.pairs(creds, td.credentialsField!.via)) {
      const keySpan = pairKeySpan(pair);
      const { node: valueNode, hop } = r.deref(pair.value);
      const credVia = hop ? [...via, hop] : via;
      const map = isMap(valueNode) ? valueNode : undefined;
      const fields = fieldsOf(map, r, credVia);
      const end = nodeSpan(pair.value as Node | null)?.end ?? keySpan.end;
      td.credentials.push({
        name,
        keySpan,
        pairSpan: { start: keySpan.start, end },
        map,
        fields,
        hosts: hostEntries(text, r, fields.get('hosts'), 'hosts', name),
      });
    }
  }
  td.hostEntries = [...td.allowlist, ...td.credentials.flatMap((c) => c.hosts)];

  td.envField = top.get('env');
  const env = fieldNode(td.envField);
  if (isMap(env)) {
    for (const { key: name, pair, via } of r.pairs(env, td.envField!.via)) {
      const { node: v, hop } = r.deref(pair.value);
      const valueVia = hop ? [...via, hop] : via;
      const value = scalarString(v);
      td.env.push({
        name,
        keySpan: pairKeySpan(pair),
        value,
        valueSpan: valueVia.length ? valueVia[0].span : nodeSpan(v),
        innerSpan: isScalar(v) && v.range ? scalarInnerSpan(v) : undefined,
        node: isScalar(v) ? v : undefined,
        via: valueVia,
      });
    }
  }

  const mpt = top.get('max_parallel_tasks');
  if (mpt && typeof mpt.value === 'number' && mpt.valueSpan) td.maxParallelTasks = { value: mpt.value, span: mpt.valueSpan };
  return td;
}
