// SG105: an allowlist entry that is not a bare lowercase host name (URL parts, case, dots, IDN).
import type { TaskRule } from '../../models/task/taskContext.js';
import type { Fix } from '../../core/types.js';
import { describeIssues } from '../../hosts/hostname.js';
import { allowlistEntries, allowlisted, listName, removeFix, replaceFix, shown } from './hostEntryUtil.js';

export const nonBareHost: TaskRule = {
  id: 'SG105',
  name: 'non-bare-host',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'An allowlist entry is not a bare host name: it has a scheme, path, port, query, userinfo, uppercase letters, a trailing dot, whitespace or non-ASCII characters.',
    why:
      'The egress proxy sees only the host name (CONNECT / SNI), never the URL: `https://api.stripe.com/v1` either matches nothing, so the task fails, or is read as a different host than the reviewer thinks. A path in the list suggests a restriction that does not exist (`/v1` does not keep the task away from `/v2`). Userinfo puts a credential in the file; non-ASCII names can be homoglyphs of a trusted host.',
    fix: 'Write only the host name, lowercase, without a trailing dot; internationalized names in their punycode (`xn--…`) form.',
    bad: 'network:\n  allowlist:\n    - https://API-M.Sandbox.PayPal.com/v2/checkout\n    - api.staging.example.com:443',
    good: 'network:\n  allowlist:\n    - api-m.sandbox.paypal.com\n    - api.staging.example.com',
  },
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
      const fixes: Fix[] = allowlisted(ctx, e.doc, host, e.entry)
        ? [removeFix(ctx, e, `Remove (${host} is already allowlisted)`, { preferred: true, safe: true })]
        : [replaceFix(e, host, `Replace with ${host}`, { preferred: true, safe: true })];
      report({
        message: `\`${shown(raw)}\` in ${listName(e)} is not a bare host name: it has ${describeIssues(norm.issues)}${idn}. The proxy matches host names only: write \`${host}\`.${secret}`,
        span: e.entry.span,
        fixes,
      });
    }
  },
};
