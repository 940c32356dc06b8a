// SG104: cloud metadata endpoints, loopback, private / link-local ranges, internal names, raw IPs in the
// allowlist; and `env` endpoints aimed at a cloud metadata endpoint or a link-local address.
import type { TaskRule } from '../../models/task/taskContext.js';
import { internalBlastRadius } from '../../hosts/hostMessages.js';
import { classifyHost } from '../../hosts/classify.js';
import { allowlistEntries, classOf, listName, removeFix } from './hostEntryUtil.js';
import { envHosts } from './envEndpoints.js';
import { internalEndpointMeta } from '../meta/task/internal-endpoint.js';

export const internalEndpoint: TaskRule = {
  ...internalEndpointMeta,
  check(ctx, report) {
    for (const e of allowlistEntries(ctx)) {
      if (e.norm.invalid) continue;
      const c = classOf(ctx, e);
      if (c.kind !== 'metadata' || !c.internal) continue;
      const info = c.internal;
      const unverified = info.unverified ? ' (unverified catalog fact)' : '';
      report({
        message: `\`${c.host}\` in ${listName(e)} is ${info.what}${unverified}: ${internalBlastRadius(info)}. Remove the entry.`,
        span: e.entry.span,
        severity: info.unverified ? 'warning' : undefined,
        fixes: [removeFix(ctx, e, `Remove ${c.host}`)],
      });
    }
    for (const h of envHosts(ctx)) {
      const info = classifyHost(h.host, ctx.catalog, ctx.policy).internal;
      // localhost and private services in env are usually ones the task starts itself; metadata never is
      if (!info || !(info.endpoints.length || info.ip?.range === 'link-local')) continue;
      let line = envLineSpan(ctx.text, h.env.keySpan.start, h.env.valueSpan?.end ?? h.env.keySpan.end);
      let newText = '';
      if (line && h.doc.env.length === 1 && h.doc.envField) {
        // the only variable: leave an empty map, not a bare `env:` (null) the schema rejects
        const colon = ctx.text.indexOf(':', h.doc.envField.keySpan.end);
        line = { start: colon + 1, end: line.end };
        newText = ' {}\n';
      }
      report({
        message: `\`${h.env.name}\` points at \`${h.host}\`, ${info.what}: ${internalBlastRadius(info)}. Remove the variable.`,
        span: h.span,
        severity: info.unverified ? 'warning' : undefined,
        fixes: line ? [{ title: `Remove ${h.env.name}`, edits: [{ ...line, newText }] }] : [],
      });
    }
  },
};

/** The whole line(s) of a block-style `NAME: value` entry, or undefined when it shares its line (flow maps). */
function envLineSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let a = start;
  while (a > 0 && text[a - 1] !== '\n') a--;
  if (text.slice(a, start).trim() !== '') return undefined;
  let b = end;
  while (b < text.length && text[b] !== '\n') b++;
  const rest = text.slice(end, b).trim();
  if (rest !== '' && !rest.startsWith('#')) return undefined;
  return { start: a, end: Math.min(text.length, b + 1) };
}
