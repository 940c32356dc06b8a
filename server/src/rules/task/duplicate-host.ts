// SG106: the same host twice in one document's allowlists (compared after normalization).
import type { TaskRule } from '../../models/task/taskContext.js';
import type { TaskDoc } from '../../models/task/taskModel.js';
import type { Fix } from '../../core/types.js';
import { allowlistEntries, lineOf, listName, removeFix, type CheckedEntry } from './hostEntryUtil.js';
import { duplicateHostMeta } from '../meta/task/duplicate-host.js';

/** Copies of one host up to which every duplicate's fix removes them all. */
const MAX_FIX_ALL = 32;

export const duplicateHost: TaskRule = {
  ...duplicateHostMeta,
  check(ctx, report) {
    const seen = new Map<TaskDoc, Map<string, CheckedEntry>>();
    const removeAll = new Map<CheckedEntry[], Fix>();
    // every copy after the first, per document and host
    const copies = new Map<TaskDoc, Map<string, CheckedEntry[]>>();
    for (const e of allowlistEntries(ctx)) {
      let c = copies.get(e.doc);
      if (!c) copies.set(e.doc, (c = new Map()));
      const list = c.get(e.norm.host);
      if (list) list.push(e);
      else c.set(e.norm.host, [e]);
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
      // every copy's fix removes all copies (one object, built once), but past MAX_FIX_ALL copies only the
      // first duplicate's does and the others remove themselves: n findings then carry n edits in all,
      // not n² (2,000 identical entries hung the check and would flood JSON and SARIF output)
      let fix = removeAll.get(all);
      if (!fix || (n > MAX_FIX_ALL && e !== all[1])) {
        fix = n > MAX_FIX_ALL && e !== all[1]
          ? removeFix(ctx, e, `Remove duplicate ${host}`, { preferred: true, safe: true })
          : removeFix(ctx, all.slice(1), n === 2 ? `Remove duplicate ${host}` : `Remove the ${n - 1} duplicates of ${host}`, { preferred: true, safe: true });
        if (e === all[1]) removeAll.set(all, fix);
      }
      report({
        message: `\`${host}\` is ${where} (first on line ${line}). Remove the duplicate.`,
        span: e.entry.span,
        related: [{ path: ctx.path ?? '', span: first.entry.span, message: `\`${host}\` first listed here` }],
        fixes: [fix],
      });
    }
  },
};
