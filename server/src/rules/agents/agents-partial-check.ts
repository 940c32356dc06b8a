// SG410: a part of AGENTS.md was checked in a degraded way (hostile nesting or a flood of inline
// markers the Markdown parser is superlinear on): say so instead of hanging or staying silent.
import type { AgentsRule } from '../../models/agents/context.js';
import { MAX_INLINE_MARKERS, MAX_PREFIX } from '../../models/agents/bound.js';
import { agentsPartialCheckMeta } from '../meta/agents/agents-partial-check.js';

export const agentsPartialCheck: AgentsRule = {
  ...agentsPartialCheckMeta,
  check(ctx, report) {
    for (const d of ctx.a.md.degraded) {
      const from = ctx.lines.position(d.span.start).line + 1;
      const to = ctx.lines.position(d.span.end).line + 1;
      const where = from === to ? `Line ${from}` : `Lines ${from}–${to}`;
      const message =
        d.why === 'nesting'
          ? `${where}: lists or quotes nest deeper than ${MAX_PREFIX} columns of markers; past that depth the text was checked as plain prose (${d.count} line${d.count === 1 ? '' : 's'}).`
          : d.why === 'inline'
            ? `${where}: the paragraph has ${d.count.toLocaleString('en-US')} emphasis, link or code markers (more than ${MAX_INLINE_MARKERS.toLocaleString('en-US')}); its words were checked as plain prose, its links and code spans were not recognised.`
            : d.why === 'failed'
              ? 'The Markdown structure could not be parsed (too deeply nested); the file was checked line by line: headings and paragraphs only.'
              : 'The file could not be analysed (too deeply nested); only the secret scan ran on it.';
      report({ message, span: { start: d.span.start, end: Math.min(d.span.end, ctx.lines.lineEnd(from - 1)) } });
    }
  },
};
