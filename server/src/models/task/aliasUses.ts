// What aliases mean for findings: a finding at a use site (`- *billing_host`, `<<: *base`) gets related
// information at the anchor, and a fix whose edit lands inside an anchored value that other aliases also
// use says so in its title and is not applied unattended: it changes every use, not just this one.
import { isAlias, isScalar, visit, type Node } from 'yaml';
import type { Finding, Fix, RelatedInfo, Span } from '../../core/types.js';
import { anchorSpan, type AliasHop } from '../../core/yamlAliases.js';
import type { TaskContext } from './taskContext.js';

interface Anchored {
  name: string;
  range: Span;
  anchor: Span;
  aliases: Span[];
}

const key = (s: Span) => `${s.start}:${s.end}`;

/** Use-site span -> the aliases on the way to the value, from every entry the model followed through one. */
function useSites(ctx: TaskContext): Map<string, { hops: AliasHop[]; written?: Span }> {
  const out = new Map<string, { hops: AliasHop[]; written?: Span }>();
  const add = (span: Span | undefined, hops: AliasHop[], written?: Span) => {
    if (!span || !hops.length || out.has(key(span))) return;
    out.set(key(span), { hops, written });
  };
  for (const doc of ctx.docs) {
    for (const e of doc.hostEntries) add(e.span, e.via, e.innerSpan);
    for (const e of doc.env) add(e.valueSpan, e.via, e.innerSpan);
  }
  return out;
}

/** Every anchored node that an alias refers to, with the aliases' spans. */
function anchoredNodes(ctx: TaskContext): Anchored[] {
  const byNode = new Map<Node, Anchored>();
  for (const td of ctx.docs) {
    visit(td.doc, {
      Alias(_k, a) {
        if (!a.range) return;
        const target = a.resolve(td.doc) as Node | undefined;
        if (!target?.range || isAlias(target) || !target.anchor) return;
        let entry = byNode.get(target);
        if (!entry) byNode.set(target, (entry = { name: target.anchor, range: { start: target.range[0], end: target.range[1] }, anchor: anchorSpan(ctx.text, target), aliases: [] }));
        entry.aliases.push({ start: a.range[0], end: a.range[1] });
      },
    });
  }
  return [...byNode.values()];
}

function lineOf(ctx: TaskContext, offset: number): number {
  return ctx.lines.range({ start: offset, end: offset }).start.line + 1;
}

function relatedFor(ctx: TaskContext, hops: AliasHop[], written?: Span): RelatedInfo[] {
  const path = ctx.path ?? '';
  const out: RelatedInfo[] = hops.map((h) => ({ path, span: h.anchorSpan, message: `\`*${h.name}\` stands for the value anchored here (\`&${h.name}\`)` }));
  const last = hops[hops.length - 1];
  // an alias of a list or map: the anchor is not where this value is
  if (written && !isScalar(last.target)) {
    out.push({ path, span: written, message: 'the value is written here' });
  }
  return out;
}

/** The anchor a fix edits without rewriting all of its aliases: its edit changes every use. */
function sharedEdit(fix: Fix, anchored: Anchored[]): Anchored | undefined {
  for (const a of anchored) {
    const inside = fix.edits.some((e) => e.start >= a.range.start && e.end <= a.range.end);
    if (!inside) continue;
    const rewritten = a.aliases.every((s) => fix.edits.some((e) => e.start <= s.start && s.end <= e.end));
    if (!rewritten) return a;
  }
  return undefined;
}

/**
 * Adds related information at the anchor to findings reported at an alias, and makes every fix that edits a
 * shared anchored value say so (and not be `safe`). Findings are changed in place.
 */
export function annotateAliases(ctx: TaskContext, findings: Finding[]): void {
  // no `*`, no alias: the common case costs one scan of the text, not a walk of every document
  if (!findings.length || !ctx.text.includes('*')) return;
  const anchored = anchoredNodes(ctx);
  if (!anchored.length) return;
  const sites = useSites(ctx);
  for (const f of findings) {
    const site = sites.get(key(f.span));
    if (site) f.related = [...(f.related ?? []), ...relatedFor(ctx, site.hops, site.written)];
    f.fixes = f.fixes.map((raw) => {
      // a value reached through several aliases may be named twice by one fix's edits
      const fix = { ...raw, edits: raw.edits.filter((e, i) => raw.edits.findIndex((x) => x.start === e.start && x.end === e.end && x.newText === e.newText) === i) };
      const a = sharedEdit(fix, anchored);
      if (!a) return fix;
      const uses = a.aliases.length + 1;
      return { ...fix, title: `${fix.title} — at the anchor \`&${a.name}\` (line ${lineOf(ctx, a.anchor.start)}), which changes ${uses === 2 ? 'both uses' : `all ${uses} uses`} of it`, safe: false };
    });
  }
}
