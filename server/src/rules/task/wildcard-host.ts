// SG103: wildcard and over-broad entries (`*`, `*.com`, `*.amazonaws.com`, `.example.com`, `co.uk`).
import type { TaskRule } from '../../models/task/taskContext.js';
import { wildcardVerdict } from '../../hosts/hostMessages.js';
import { allowlistEntries, listName } from './hostEntryUtil.js';
import { wildcardHostMeta } from '../meta/task/wildcard-host.js';

export const wildcardHost: TaskRule = {
  ...wildcardHostMeta,
  check(ctx, report) {
    for (const e of allowlistEntries(ctx)) {
      if (e.norm.invalid && !e.norm.wildcard) continue;
      const r = wildcardVerdict(ctx.catalog, e.norm, listName(e));
      if (r) report({ message: r.message, span: e.entry.span, severity: r.severity === 'warning' ? 'warning' : undefined });
    }
  },
};
