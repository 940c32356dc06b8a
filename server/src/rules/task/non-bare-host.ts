// SG105: an allowlist entry that is not a bare lowercase host name (URL parts, case, dots, IDN).
import type { TaskRule } from '../../models/task/taskContext.js';
import type { Fix } from '../../core/types.js';
import { describeIssues } from '../../hosts/hostname.js';
import { allowlistEntries, keptCopy, listName, removeFix, replaceFix, shown } from './hostEntryUtil.js';
import { nonBareHostMeta } from '../meta/task/non-bare-host.js';

export const nonBareHost: TaskRule = {
  ...nonBareHostMeta,
  check(ctx, report) {
    for (const e of allowlistEntries(ctx)) {
      const { norm } = e;
      const raw = e.text;
      if (norm.invalid) {
        const empty = norm.host === '' && norm.issues.length === 0;
        const fixes: Fix[] = empty ? [removeFix(ctx, e, 'Remove the empty entry', { preferred: true, safe: true })] : [];
        report({
          message: empty
            ? `Empty entry in ${listName(e)}: it names no host. Remove it.`
            : `\`${shown(raw)}\` in ${listName(e)} is not a host name: it has ${norm.invalid}. Write one bare host name per entry (e.g. \`api.staging.example.com\`).`,
          span: e.entry.span,
          fixes,
        });
        continue;
      }
      if (!norm.issues.length) continue;
      const host = norm.host;
      const idn = norm.issues.includes('non-ascii') ? ' (non-ASCII names can imitate trusted hosts: the punycode form is what the proxy sees)' : '';
      const secret = norm.issues.includes('userinfo') ? ' Userinfo is a credential in the file: rotate it.' : '';
      const fixes: Fix[] = keptCopy(ctx, e)
        ? [removeFix(ctx, e, `Remove (${host} is already allowlisted)`, { preferred: true, safe: true })]
        : [replaceFix(ctx.text, e, host, `Replace with ${host}`, { preferred: true, safe: true })];
      report({
        message: `\`${shown(raw)}\` in ${listName(e)} is not a bare host name: it has ${describeIssues(norm.issues)}${idn}. The proxy matches host names only: write \`${host}\`.${secret}`,
        span: e.entry.span,
        fixes,
      });
    }
  },
};
