// A typed view of one task-config document with the source span of every value the rules look at.
// Rules read this model instead of walking the YAML tree themselves.
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { nodeSpan, scalarInnerSpan, scalarString } from '../../core/yamlSource.js';
import type { Span } from '../../core/types.js';

export type HostListName = 'allowlist' | 'allowlist_additions' | 'hosts';

export interface HostEntry {
  /** the host text as written */
  value: string;
  /** span of the whole scalar (with quotes) */
  span: Span;
  /** span of the text inside quotes: replace this to swap the host and keep the quoting */
  innerSpan: Span;
  list: HostListName;
  /** for `hosts` entries: the credential they belong to */
  credential?: string;
  /** the trailing comment, the entry's justification */
  comment?: string;
  /** span of the whole sequence item line, for removal fixes */
  itemLineSpan: Span;
  node: Scalar;
}

export interface Field {
  value: unknown;
  /** string form when the value is a scalar */
  text?: string;
  keySpan: Span;
  valueSpan?: Span;
  /** inner span for scalars */
  innerSpan?: Span;
  pair: Pair;
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
  valueSpan?: Span;
  innerSpan?: Span;
  node?: Scalar;
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

export function fieldsOf(map: YAMLMap | undefined): Map<string, Field> {
  const out = new Map<string, Field>();
  if (!map) return out;
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const key = pairKey(pair);
    if (key === undefined || out.has(key)) continue;
    const v = pair.value as Node | null;
    out.set(key, {
      value: isScalar(v) ? v.value : v,
      text: scalarString(v),
      keySpan: pairKeySpan(pair),
      valueSpan: nodeSpan(v),
      innerSpan: isScalar(v) && v.range ? scalarInnerSpan(v) : undefined,
      pair,
    });
  }
  return out;
}

function lineSpanAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && text[start - 1] !== '\n') start--;
  let end = span.end;
  while (end < text.length && text[end] !== '\n') end++;
  if (end < text.length) end++;
  return { start, end };
}

function hostEntries(text: string, field: Field | undefined, list: HostListName, credential?: string): HostEntry[] {
  const seq = field?.pair.value;
  if (!isSeq(seq)) return [];
  const out: HostEntry[] = [];
  for (const item of seq.items) {
    if (!isScalar(item) || !item.range) continue;
    const value = scalarString(item);
    if (value === undefined) continue;
    // a block scalar's range ends after its line break: the entry ends at its last character
    let end = item.range[1];
    while (end > item.range[0] && /\s/.test(text[end - 1])) end--;
    const span = { start: item.range[0], end };
    out.push({
      value,
      span,
      innerSpan: scalarInnerSpan(item, text),
      list,
      credential,
      comment: item.comment?.trim() || undefined,
      itemLineSpan: seq.flow ? span : lineSpanAround(text, span),
      node: item,
    });
  }
  return out;
}

export function buildTaskDoc(text: string, doc: Document.Parsed): TaskDoc {
  const contents = doc.contents as Node | null;
  const span = nodeSpan(contents) ?? { start: doc.range[0], end: doc.range[0] };
  const td: TaskDoc = { doc, span, hostEntries: [], allowlist: [], methods: [], credentials: [], env: [] };
  if (!isMap(contents)) return td;
  td.root = contents;
  const top = fieldsOf(contents);

  td.network = top.get('network');
  const net = isMap(td.network?.pair.value) ? fieldsOf(td.network!.pair.value as YAMLMap) : new Map<string, Field>();
  td.allowlist = [
    ...hostEntries(text, net.get('allowlist'), 'allowlist'),
    ...hostEntries(text, net.get('allowlist_additions'), 'allowlist_additions'),
  ];
  td.methodsField = net.get('methods');
  const methods = td.methodsField?.pair.value;
  if (isSeq(methods)) {
    for (const m of methods.items) {
      const v = scalarString(m);
      const s = nodeSpan(m as Node);
      if (v !== undefined && s) td.methods.push({ value: v, span: s });
    }
  }

  td.credentialsField = top.get('credentials');
  const creds = td.credentialsField?.pair.value;
  if (isMap(creds)) {
    for (const pair of creds.items) {
      if (!isPair(pair)) continue;
      const name = pairKey(pair);
      if (name === undefined) continue;
      const keySpan = pairKeySpan(pair);
      const valueNode = pair.value as Node | null;
      const map = isMap(valueNode) ? valueNode : undefined;
      const fields = fieldsOf(map);
      const end = nodeSpan(valueNode)?.end ?? keySpan.end;
      td.credentials.push({
        name,
        keySpan,
        pairSpan: { start: keySpan.start, end },
        map,
        fields,
        hosts: hostEntries(text, fields.get('hosts'), 'hosts', name),
      });
    }
  }
  td.hostEntries = [...td.allowlist, ...td.credentials.flatMap((c) => c.hosts)];

  td.envField = top.get('env');
  const env = td.envField?.pair.value;
  if (isMap(env)) {
    for (const pair of env.items) {
      if (!isPair(pair)) continue;
      const name = pairKey(pair);
      if (name === undefined) continue;
      const v = pair.value as Node | null;
      const value = scalarString(v);
      td.env.push({
        name,
        keySpan: pairKeySpan(pair),
        value,
        valueSpan: nodeSpan(v),
        innerSpan: isScalar(v) && v.range ? scalarInnerSpan(v) : undefined,
        node: isScalar(v) ? v : undefined,
      });
    }
  }

  const mpt = top.get('max_parallel_tasks');
  if (mpt && typeof mpt.value === 'number' && mpt.valueSpan) td.maxParallelTasks = { value: mpt.value, span: mpt.valueSpan };
  return td;
}
