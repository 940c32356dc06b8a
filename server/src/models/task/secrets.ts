// One pass over a task-config file that finds every secret, computed once and shared by
// secret-in-file (SG201) and live-key (SG202): a live key yields one SG202 and no SG201 on the same span.
import { isCollection, isPair, isScalar, type Pair, type Scalar } from 'yaml';
import type { TaskContext } from './taskContext.js';
import type { CredentialEntry, TaskDoc } from './taskModel.js';
import type { Span } from '../../core/types.js';
import { scalarInnerSpan, scalarString } from '../../core/yamlSource.js';
import { isSecretKeyName, isSecretReference } from '../../secrets/keys.js';
import type { CompiledPattern } from '../../secrets/patterns.js';
import { scanSecrets } from '../../secrets/scan.js';

export interface SecretProperty {
  key: string;
  keySpan: Span;
  pair: Pair;
  doc: TaskDoc;
  /** the credential the property belongs to (its field, or the credential's own scalar value) */
  credential?: CredentialEntry;
  /** true when the credential itself is written as `NAME: <secret>` */
  wholeCredential?: boolean;
}

export interface SecretHit {
  span: Span;
  /** never print: use redact() */
  secret: string;
  /** 'live' -> SG202; otherwise SG201 */
  live: boolean;
  publishable: boolean;
  pattern?: CompiledPattern;
  property?: SecretProperty;
  /** outside every YAML scalar: a comment */
  inComment: boolean;
}

const cache = new WeakMap<TaskContext, SecretHit[]>();

/** Every secret in the file, one hit per secret, sorted by position. */
export function secretHits(ctx: TaskContext): SecretHit[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const scalars: Span[] = [];
  const props: { span: Span; secret: string; property: SecretProperty }[] = [];
  for (const doc of ctx.docs) collect(ctx.text, doc, scalars, props);
  scalars.sort((a, b) => a.start - b.start);

  const hits: SecretHit[] = [];
  const matches = scanSecrets(ctx.text, ctx.catalog);
  // a test-mode publishable key (Stripe `pk_test_`) is public by design: not a secret, nothing to revoke
  const publicByDesign = matches.filter((m) => m.pattern.publishable && m.mode === 'test').map((m) => m.span);
  for (const m of matches) {
    if (m.pattern.publishable && m.mode === 'test') continue;
    hits.push({
      span: m.span,
      secret: m.secret,
      live: m.mode === 'live',
      publishable: m.pattern.publishable,
      pattern: m.pattern,
      inComment: !inside(scalars, m.span),
    });
  }
  for (const p of props) {
    if (publicByDesign.some((s) => s.start < p.span.end && p.span.start < s.end)) continue;
    const overlapping = hits.filter((h) => h.span.start < p.span.end && p.span.start < h.span.end);
    // a live key inside the property is reported as SG202 only; a non-live match becomes the property's hit
    if (overlapping.some((h) => h.live)) {
      for (const h of overlapping) if (h.live) h.property ??= p.property;
      continue;
    }
    const pattern = overlapping[0]?.pattern;
    for (const h of overlapping) hits.splice(hits.indexOf(h), 1);
    hits.push({ span: p.span, secret: p.secret, live: false, publishable: false, pattern, property: p.property, inComment: false });
  }
  hits.sort((a, b) => a.span.start - b.span.start);
  cache.set(ctx, hits);
  return hits;
}

function inside(sorted: Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= span.start) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // scalars do not nest, but a key's range may precede its value's: look back a little
  for (let i = best; i >= 0 && i > best - 3; i--) if (sorted[i].start <= span.start && span.end <= sorted[i].end) return true;
  return false;
}

function collect(text: string, doc: TaskDoc, scalars: Span[], props: { span: Span; secret: string; property: SecretProperty }[]): void {
  const credByPair = new Map<Pair, CredentialEntry>();
  const credFieldPairs = new Map<Pair, CredentialEntry>();
  const credItems = doc.credentialsField?.pair.value;
  for (const c of doc.credentials) {
    for (const f of c.fields.values()) credFieldPairs.set(f.pair, c);
  }
  if (credItems && typeof credItems === 'object' && 'items' in credItems) {
    const byKeyStart = new Map(doc.credentials.map((c) => [c.keySpan.start, c] as const));
    for (const item of (credItems as { items: unknown[] }).items) {
      if (!isPair(item)) continue;
      const start = (item.key as Scalar | null)?.range?.[0];
      const c = start === undefined ? undefined : byKeyStart.get(start);
      if (c) credByPair.set(item, c);
    }
  }
  const onPair = (pair: Pair): void => {
    const key = scalarString(pair.key);
    const v = pair.value;
    if (key === undefined || !isScalar(v) || !v.range || !isSecretKeyName(key)) return;
    if (typeof v.value !== 'string' && typeof v.value !== 'number') return;
    const value = String(v.value);
    if (isSecretReference(value)) return;
    const keyNode = pair.key as Scalar;
    const wholeCredential = credByPair.has(pair);
    const span = scalarInnerSpan(v);
    // block scalars end after their last line break
    while (span.end > span.start && /\s/.test(text[span.end - 1])) span.end--;
    const block = v.type === 'BLOCK_LITERAL' || v.type === 'BLOCK_FOLDED';
    const raw = block ? value.trim() : text.slice(span.start, span.end).trim();
    props.push({
      span,
      secret: raw || value,
      property: {
        key,
        keySpan: { start: keyNode.range![0], end: keyNode.range![1] },
        pair,
        doc,
        credential: credByPair.get(pair) ?? credFieldPairs.get(pair),
        wholeCredential,
      },
    });
  };
  // depth-first, pairs before their key and value: the order of yaml's visit(), without its per-node path arrays
  const walk = (node: unknown): void => {
    if (isScalar(node)) {
      if (node.range) scalars.push({ start: node.range[0], end: node.range[1] });
    } else if (isPair(node)) {
      onPair(node);
      walk(node.key);
      walk(node.value);
    } else if (isCollection(node)) {
      for (const item of node.items) walk(item);
    }
  };
  walk(doc.doc.contents);
}
