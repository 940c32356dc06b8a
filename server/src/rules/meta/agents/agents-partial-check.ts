import type { RuleMeta } from '../../../core/types.js';

export const agentsPartialCheckMeta: RuleMeta = {
  id: 'SG410',
  name: 'agents-partial-check',
  severity: 'info',
  kind: 'agents',
  docs: {
    summary: 'Part of AGENTS.md was checked as plain text, not as Markdown: lists or quotes nested deeper than the checker parses, or a paragraph with thousands of emphasis, link or code markers.',
    why: 'Markdown parsers slow down sharply on such shapes (a few kilobytes can take minutes), and a checker that hangs or crashes on one line reports nothing at all. The rest of the file is checked normally; this note says which part was not.',
    fix: 'Flatten the nesting or split the paragraph. Real instructions rarely nest more than a few levels: a part like this is usually generated or pasted by mistake.',
    bad: `${'>'.repeat(60)} Never call production APIs.`,
    good: '> Never call production APIs.',
  },
};
