// Aliases and YAML 1.1 merge keys as the agent's runtime sees them: most loaders (PyYAML, js-yaml, Go's
// yaml.v3) expand `*name` and apply `<<: *base`, so a host written once under an anchor reaches every use.
// The model walks through them with a budget (MAX_ALIAS_COUNT in yamlSource.ts), so an alias bomb stays capped.
import { isAlias, isMap, isPair, isScalar, isSeq, Schema, type Alias, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Span } from './types.js';

/** One alias on the way from a use site to the value it stands for. */
export interface AliasHop {
  name: string;
  /** the alias token (`*name`) */
  span: Span;
  /** the anchor token (`&name`) */
  anchorSpan: Span;
  /** the anchored node */
  target: Node;
}

/** A map entry as a merging loader sees it, with the aliases it was reached through (outermost first). */
export interface EffectivePair {
  key: string;
  pair: Pair;
  via: AliasHop[];
}

/** The plain `<<` key of YAML 1.1 (a quoted `"<<"` is an ordinary key). */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.value === '<<' && (!key.type || key.type === 'PLAIN');
}

/** The anchor token of a node: `&name` just before its range (after properties such as a tag). */
export function anchorSpan(text: string, node: Node): Span {
  const name = node.anchor!;
  const start = node.range![0];
  const at = text.lastIndexOf(`&${name}`, start);
  return at >= 0 && start - at < 200 + name.length ? { start: at, end: at + name.length + 1 } : { start, end: start };
}

/** Follows aliases and merge keys of one document, at most `budget` alias expansions (then it stops resolving). */
export class AliasResolver {
  private left: number;
  constructor(
    private readonly doc: Document,
    private readonly text: string,
    budget: number,
  ) {
    this.left = budget;
  }

  /** The node an alias stands for (a non-alias is itself); undefined when unresolved or over budget. */
  deref(node: unknown): { node: Node | null | undefined; hop?: AliasHop } {
    if (!isAlias(node)) return { node: node as Node | null | undefined };
    const alias = node as Alias;
    if (this.left <= 0 || !alias.range) return { node: undefined };
    this.left--;
    const target = alias.resolve(this.doc) as Node | undefined;
    if (!target || isAlias(target) || !target.range || !target.anchor) return { node: undefined };
    return { node: target, hop: { name: alias.source, span: { start: alias.range[0], end: alias.range[1] }, anchorSpan: anchorSpan(this.text, target), target } };
  }

  /**
   * The entries of a map with merge keys applied (YAML 1.1): its own keys first (the first of duplicates),
   * then each merged map's keys not already present; in `<<: [*a, *b]` the earlier source wins.
   */
  pairs(map: YAMLMap, via: AliasHop[] = [], depth = 0): EffectivePair[] {
    const out: EffectivePair[] = [];
    const seen = new Set<string>();
    const merges: Pair[] = [];
    for (const p of map.items) {
      if (!isPair(p)) continue;
      if (isMergeKey(p.key)) {
        merges.push(p);
        continue;
      }
      const key = keyString(p.key);
      if (key === undefined || seen.has(key)) continue;
      seen.add(key);
      out.push({ key, pair: p, via });
    }
    if (depth > 20) return out;
    for (const m of merges) {
      const { node: source, hop } = this.deref(m.value);
      const outer = hop ? [...via, hop] : via;
      const sources: { map: YAMLMap; via: AliasHop[] }[] = [];
      if (isMap(source)) sources.push({ map: source, via: outer });
      else if (isSeq(source)) {
        for (const item of source.items) {
          const r = this.deref(item);
          if (isMap(r.node)) sources.push({ map: r.node, via: r.hop ? [...outer, r.hop] : outer });
        }
      }
      for (const s of sources) {
        for (const e of this.pairs(s.map, s.via, depth + 1)) {
          if (seen.has(e.key)) continue;
          seen.add(e.key);
          out.push(e);
        }
      }
    }
    return out;
  }
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key) && key.value !== null && key.value !== undefined && typeof key.value !== 'object') return String(key.value);
  return undefined;
}

/** The core schema with YAML 1.1 merge keys: the document's plain data as a merging loader builds it. */
const MERGING = new Schema({ merge: true });

/** `doc.toJS` with merge keys applied (the parse itself keeps `<<` a plain key, for exact ranges and edits). */
export function mergedJS(doc: Document, maxAliasCount: number): unknown {
  const own = doc.schema;
  doc.schema = MERGING;
  try {
    return doc.toJS({ maxAliasCount });
  } finally {
    doc.schema = own;
  }
}
