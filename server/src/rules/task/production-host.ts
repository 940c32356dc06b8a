// SG101: a production host in the allowlist; shared test/live hosts get a warning about the key.
import type { TaskContext, TaskRule } from '../../models/task/taskContext.js';
import type { Fix, Report } from '../../core/types.js';
import { stagingFor, type HostClass } from '../../hosts/classify.js';
import { LOWER, PRODUCTION_BLAST, productionSource, sharedHostMessage } from '../../hosts/hostMessages.js';
import { allowlisted, allowlistEntries, classOf, listName, removeFix, replaceFix, type CheckedEntry } from './hostEntryUtil.js';
import { envHosts } from './envEndpoints.js';
import type { Span, TextEdit } from '../../core/types.js';
import type { TaskDoc } from '../../models/task/taskModel.js';
import { productionHostMeta } from '../meta/task/production-host.js';

function productionReport(ctx: TaskContext, e: CheckedEntry, c: HostClass): Report {
  const host = c.host!;
  const where = listName(e);
    const swap = stagingFor(host, ctx.catalog, ctx.policy);
  const fixes: Fix[] = [];
  let todo: string;
  const already = swap && allowlisted(ctx, e.doc, swap.host, e.entry);
  // the same host in credential `hosts` and env URLs moves with it, so the fix leaves nothing dangling
  const refs = swap ? otherReferences(ctx, e, host, swap.host) : [];
  const alsoIn = refs.length ? ` (and ${refs.length} credential host/env reference${refs.length > 1 ? 's' : ''})` : '';
  if (swap && already) {
    todo = `Remove it: its staging host \`${swap.host}\` is already allowlisted.`;
    const fix = removeFix(ctx, e, `Remove ${host} (staging host ${swap.host} is already allowlisted)${alsoIn}`, { preferred: true, safe: true });
    fixes.push({ ...fix, edits: [...fix.edits, ...refs] });
  } else if (swap) {
    const whence = swap.from === 'policy' ? ' (from stagingHosts in the policy)' : swap.from === 'catalog' ? ` (the ${swap.provider} sandbox)` : ' (derived from the name: check that it exists)';
    todo = `Replace it with the staging host \`${swap.host}\`${whence}.`;
    const fix = replaceFix(ctx.text, e, swap.host, `Replace with staging host ${swap.host}${alsoIn}`, { preferred: true, safe: swap.from !== 'derived' });
    fixes.push({ ...fix, edits: [...fix.edits, ...refs] });
  } else {
    todo = c.provider
      ? `${c.provider} has no sandbox host for it in the catalog: remove the entry, or map it to a staging host in stagingHosts of .sandbox-guard.yaml.`
      : 'Remove the entry, or map it to a staging host in stagingHosts of .sandbox-guard.yaml.';
    fixes.push(removeFix(ctx, e, `Remove ${host}`));
  }
  return {
    message: `\`${host}\` in ${where} ${productionSource(c)}: ${PRODUCTION_BLAST}. ${todo}`,
    span: e.entry.span,
    severity: c.unverified ? LOWER[productionHost.severity] : undefined,
    fixes,
  };
}

/** Spans of each host's other references in a document (credential `hosts` entries, env endpoints), built once per check. */
const refIndex = new WeakMap<TaskContext, Map<TaskDoc, Map<string, Span[]>>>();

function referencesOf(ctx: TaskContext, doc: TaskDoc): Map<string, Span[]> {
  let byDoc = refIndex.get(ctx);
  if (!byDoc) refIndex.set(ctx, (byDoc = new Map()));
  let index = byDoc.get(doc);
  if (index) return index;
  index = new Map();
  const add = (host: string, span: Span) => {
    const list = index!.get(host);
    if (list) list.push(span);
    else index!.set(host, [span]);
  };
  for (const cred of doc.credentials) for (const h of cred.hosts) add(ctx.text.slice(h.innerSpan.start, h.innerSpan.end).toLowerCase(), h.innerSpan);
  for (const h of envHosts(ctx)) if (h.doc === doc && h.exact) add(h.host, h.written);
  byDoc.set(doc, index);
  return index;
}

/** Edits swapping `host` for `staging` in the same document's credential `hosts` entries and env endpoints. */
function otherReferences(ctx: TaskContext, e: CheckedEntry, host: string, staging: string): TextEdit[] {
  return (referencesOf(ctx, e.doc).get(host) ?? []).map((span) => ({ ...span, newText: staging }));
}

function sharedReport(e: CheckedEntry, c: HostClass): Report {
  return { message: sharedHostMessage(listName(e), c), span: e.entry.span, severity: c.unverified ? LOWER.warning : 'warning' };
}

export const productionHost: TaskRule = {
  ...productionHostMeta,
  check(ctx, report) {
    for (const e of allowlistEntries(ctx)) {
      if (e.norm.invalid && !e.norm.wildcard) continue;
      const c = classOf(ctx, e);
      if (c.kind === 'production') report(productionReport(ctx, e, c));
      else if (c.kind === 'shared') report(sharedReport(e, c));
    }
  },
};
