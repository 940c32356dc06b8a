// What a file says about the mode of its keys, for findings that see each other: the live keys written in
// it (SG202's hits, by provider) and the credentials that declare `mode: test`. A live key of a provider
// overrides a test-mode statement for that provider's shared hosts.
import type { CatalogProvider } from '../../catalog/catalog.js';
import type { TaskContext } from '../../models/task/taskContext.js';
import type { CredentialEntry, TaskDoc } from '../../models/task/taskModel.js';
import type { RelatedInfo, Span } from '../../core/types.js';
import { secretHits, type SecretHit } from '../../models/task/secrets.js';
import { secretKind } from '../../secrets/describe.js';
import { redact } from '../../secrets/redact.js';
import { providersNamedIn, providersOfHost } from '../../hosts/providerHints.js';

export interface LiveKey {
  span: Span;
  /** catalog provider ids the key belongs to (`paypal/braintree` -> paypal, braintree) */
  providerIds: string[];
  /** "Stripe key", "Stripe publishable key" */
  kind: string;
  /** the redacted key, e.g. `sk_live_…6789` */
  shown: string;
  /** where it is written, e.g. "in `STRIPE_SECRET_KEY`" */
  where: string;
  publishable: boolean;
  line: number;
  /** the document it is written in (each document of a file is its own task config) */
  doc?: TaskDoc;
}

function whereOf(ctx: TaskContext, hit: SecretHit): string {
  if (hit.inComment) return 'in a comment';
  const p = hit.property;
  if (p?.credential) return `in credential \`${p.credential.name}\``;
  if (p) return `in \`${p.key}\``;
  for (const d of ctx.docs) {
    const env = d.env.find((e) => e.valueSpan && e.valueSpan.start <= hit.span.start && hit.span.end <= e.valueSpan.end);
    if (env) return `in \`${env.name}\``;
  }
  return 'in the file';
}

const liveCache = new WeakMap<TaskContext, LiveKey[]>();

/** Every live key written in the file (what SG202 reports), with its provider. */
export function liveKeysOf(ctx: TaskContext): LiveKey[] {
  const hit = liveCache.get(ctx);
  if (hit) return hit;
  const out: LiveKey[] = [];
  for (const h of secretHits(ctx)) {
    if (!h.live || !h.pattern) continue;
    out.push({
      span: h.span,
      providerIds: h.pattern.provider.toLowerCase().split('/'),
      kind: secretKind(h.pattern, ctx.catalog),
      shown: `\`${redact(h.secret)}\``,
      where: whereOf(ctx, h),
      publishable: h.publishable,
      line: ctx.lines.position(h.span.start).line + 1,
      doc: ctx.docs.find((d) => d.span.start <= h.span.start && h.span.start < Math.max(d.span.end, d.span.start + 1)),
    });
  }
  liveCache.set(ctx, out);
  return out;
}

/** The live keys written in one document (a key outside every document, in a comment between them, counts for all). */
export function liveKeysIn(ctx: TaskContext, doc: TaskDoc): LiveKey[] {
  return liveKeysOf(ctx).filter((k) => !k.doc || k.doc === doc);
}

/**
 * The first live secret key of one of the providers in the document, or undefined. A publishable key is left
 * out: it is a live-mode sign (SG202 says so) but cannot make a server-side call reach live mode.
 */
export function liveKeyOf(ctx: TaskContext, providers: CatalogProvider[], doc: TaskDoc): LiveKey | undefined {
  const ids = new Set(providers.map((p) => p.id.toLowerCase()));
  return liveKeysIn(ctx, doc).find((k) => !k.publishable && k.providerIds.some((id) => ids.has(id)));
}

/** The related information that points a finding at a live key. */
export function relatedKey(ctx: TaskContext, key: LiveKey): RelatedInfo {
  return { path: ctx.path ?? '', span: key.span, range: ctx.lines.range(key.span), message: `live ${key.kind} ${key.shown} ${key.where}` };
}

/** The providers a credential is for: its hosts' (by the catalog), else its name's. */
export function credentialProviders(ctx: TaskContext, cred: CredentialEntry): CatalogProvider[] {
  const out: CatalogProvider[] = [];
  for (const h of cred.hosts) for (const p of providersOfHost(h.value, ctx.catalog)) if (!out.includes(p)) out.push(p);
  return out.length ? out : providersNamedIn(cred.name, ctx.catalog).slice(0, 1);
}

/**
 * The credential of the document that declares `mode: test` for a shared host: one that lists the host in
 * its `hosts`, or (listing none of the host's provider's hosts) is for the same provider.
 */
export function testModeCredential(ctx: TaskContext, doc: TaskDoc, host: string, providers: CatalogProvider[]): CredentialEntry | undefined {
  for (const c of doc.credentials) {
    if (c.fields.get('mode')?.text !== 'test') continue;
    if (c.hosts.some((h) => h.value.toLowerCase() === host)) return c;
    if (credentialProviders(ctx, c).some((p) => providers.includes(p))) return c;
  }
  return undefined;
}
