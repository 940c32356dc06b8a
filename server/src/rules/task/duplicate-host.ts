// SG106: the same host twice in one document's allowlists (compared after normalization).
import type { TaskRule } from '../../models/task/taskContext.js';
import type { TaskDoc } from '../../models/task/taskModel.js';
import { allowlistEntries, lineOf, listName, removeFix, type CheckedEntry } from './hostEntryUtil.js';
import { duplicateHostMeta } from '../meta/task/duplicate-host.js';

export const duplicateHost: TaskRule = {
  ...duplicateHostMeta,
  check(ctx, report) {
    const seen = new Map<TaskDoc, Map<string, CheckedEntry>>();
    // every copy after the first, per document and host: one fix removes them all
    const copies = new Map<TaskDoc, Map<string, CheckedEntry[]>>();
    for (const e of allowlistEntries(ctx)) {
      let c = copies.get(e.doc);
      if (!c) copies.set(e.doc, (c = new Map()));
      c.set(e.norm.host, [...(c.get(e.norm.host) ?? []), e]);
    }
    for (const e of allowlistEntries(ctx)) {
      const host = e.norm.host;
      if (host === '') continue;
      let firsts = seen.get(e.doc);
      if (!firsts) seen.set(e.doc, (firsts = new Map()));
      const first = firsts.get(host);
      if (!first) {
        firsts.set(host, e);
        continue;
      }
      const line = lineOf(ctx, first.entry.span.start);
      const all = copies.get(e.doc)!.get(host)!;
      const n = all.length;
      const times = n === 2 ? 'twice' : `${n} times`;
      const where = first.entry.list === e.entry.list ? `listed ${times} in ${listName(e)}` : `in ${listName(e)}, but already in ${listName(first)}${n > 2 ? ` (${n} copies in all)` : ''}`;
      report({
        message: `\`${host}\` is ${where} (first on line ${line}). Remove the duplicate.`,
        span: e.entry.span,
        related: [{ path: ctx.path ?? '', span: first.entry.span, message: `\`${host}\` first listed here` }],
        fixes: [removeFix(ctx, all.slice(1), n === 2 ? `Remove duplicate ${host}` : `Remove the ${n - 1} duplicates of ${host}`, { preferred: true, safe: true })],
      });
    }
  },
};
