// SG626: full network mode while the host rules allow a production or unverified host (SG303's judgement).
import type { Fix, Span } from '../../core/types.js';
import { classifyHost } from '../../hosts/classify.js';
import { quoteList, quoteValue } from '../../secrets/redactText.js';
import type { CodexContext, CodexRule } from '../../models/codex/context.js';
import { joinPath } from '../../models/codex/model.js';
import type { SettingsHost } from '../../models/settings/model.js';
import { stringOf } from '../../models/codex/scopes.js';
import { insertLineAfter, replaceWithString } from '../../models/codex/tomlEdits.js';
import { codexWriteMethodsMeta } from '../meta/codex/codex-write-methods.js';

/** Hosts a table allows that make write methods dangerous: production, or nobody verified they are not. */
function riskyHosts(ctx: CodexContext, hosts: SettingsHost[]): string[] {
  const out = new Set<string>();
  for (const h of hosts) {
    if (h.effect !== 'allow') continue;
    const kind = classifyHost(h.text, ctx.catalog, ctx.policy).kind;
    if (kind === 'production' || kind === 'unknown') out.add(h.text);
  }
  return [...out];
}

export const codexWriteMethods: CodexRule = {
  ...codexWriteMethodsMeta,
  check(ctx, report) {
    const m = ctx.model;
    // hosts by table, once: a config with thousands of profiles stays linear
    const byWhere = new Map<string, SettingsHost[]>();
    for (const h of m.hosts) {
      const list = byWhere.get(h.where);
      if (list) list.push(h);
      else byWhere.set(h.where, [h]);
    }
    for (const t of m.domainTables) {
      // the network table that holds the domains: `[permissions.<name>.network]` or `[features.network_proxy]`
      if (t.path[t.path.length - 1] !== 'domains' || t.path[0] === 'experimental_network') continue;
      const network = t.path.slice(0, -1);
      const modeEntry = m.entry([...network, 'mode']);
      const mode = stringOf(modeEntry);
      if (mode === 'limited') continue;
      const risky = riskyHosts(ctx, byWhere.get(t.where) ?? []);
      if (!risky.length) continue;
      const name = `[${network.join('.')}]`;
      let span: Span;
      let fix: Fix | undefined;
      const title = 'Set mode = "limited" (only GET, HEAD and OPTIONS get through)';
      if (modeEntry) {
        span = { start: modeEntry.node.range[0], end: modeEntry.node.range[1] };
        fix = { title, edits: [replaceWithString(modeEntry.node, 'limited')], preferred: true, safe: true };
      } else {
        const header = m.headers.get(joinPath(network));
        span = header ? { start: header.key.range[0], end: header.key.range[1] } : t.span;
        if (header) fix = { title: `Add mode = "limited" to ${name} (only GET, HEAD and OPTIONS get through)`, edits: [insertLineAfter(ctx.text, header.key.range[1], 'mode = "limited"')], preferred: true, safe: true };
      }
      const what = modeEntry ? `\`mode = ${JSON.stringify(quoteValue(mode ?? '', 40))}\` in ${name}` : `No \`mode\` is set in ${name}, so the mode is full: it`;
      report({
        message: `${what} lets POST, PUT, PATCH and DELETE through while ${t.where} allows production or unverified hosts (${quoteList(risky)}): one wrong call can change real data. Set \`mode = "limited"\`.`,
        span,
        fixes: fix ? [fix] : [],
      });
    }
  },
};
