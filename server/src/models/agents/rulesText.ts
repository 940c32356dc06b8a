// The four staging-only rules as text, and the Markdown edits that add them (list style of the file kept).
import type { TextEdit } from '../../core/types.js';
import type { RuleConcept } from './recognize.js';
import type { AgentsMarkdown, MdHeading, MdListItem } from './parse.js';

export type StagingRule = 'production' | 'keys' | 'errorHandling' | 'audit';
export const STAGING_RULES: StagingRule[] = ['production', 'keys', 'errorHandling', 'audit'];

/** The wording of the source document (CDX-301f, "API Access from Sandbox"). */
export const RULE_TEXT: Record<StagingRule, string> = {
  production: 'NEVER call production API endpoints from cloud tasks',
  keys: 'Always use staging/sandbox API keys — never production keys',
  errorHandling: 'All external API calls must include error handling and timeouts',
  audit: 'Log all external API calls for audit',
};

export const RULE_LABEL: Record<StagingRule, string> = {
  production: 'staying off production APIs',
  keys: 'using staging/sandbox keys only',
  errorHandling: 'error handling and timeouts on external API calls',
  audit: 'audit logging of external API calls',
};

/** What each rule protects against: the blast radius (hovers, docs). */
export const BLAST_RADIUS: Record<StagingRule, string> = {
  production: 'An agent that reaches production can create real charges, send real messages or change customer records. Keeping cloud tasks on staging contains the blast radius: staging can be reset and its data is not sensitive.',
  keys: 'A live key turns any unexpected call into a real one, and a leaked live key is a production incident. Sandbox keys are limited (read-only, rate-limited, scoped to test data), so a mistake stays in the sandbox.',
  errorHandling: 'Without a timeout a hung API call stalls the task until the VM dies; without error handling a failed call is silently treated as success and the agent builds on bad data.',
  audit: 'Without a log of each external call nobody can tell afterwards what an autonomous agent did to a third-party system, or prove it did nothing.',
};

export const RULE_ID: Record<StagingRule, string> = { production: 'SG402', keys: 'SG403', errorHandling: 'SG404', audit: 'SG405' };

/** Which staging rules a set of recognised concepts satisfies (error handling needs both halves). */
export function rulesOf(concepts: ReadonlySet<RuleConcept>): StagingRule[] {
  const out: StagingRule[] = [];
  if (concepts.has('production')) out.push('production');
  if (concepts.has('keys')) out.push('keys');
  if (concepts.has('errors') && concepts.has('timeout')) out.push('errorHandling');
  if (concepts.has('audit')) out.push('audit');
  return out;
}

export interface ListStyle {
  marker: string;
  indent: string;
  ordered: boolean;
  /** next number for ordered lists */
  next?: number;
  /** the list's items mostly end with a full stop: new items do too */
  fullStop?: boolean;
}

/** The list style to continue: the given items' last top-level one, else the file's first list, else `-`. */
export function listStyle(md: AgentsMarkdown, items?: MdListItem[]): ListStyle {
  const pool = items?.length ? items : md.items;
  if (!pool.length) return { marker: '-', indent: '', ordered: false };
  const minIndent = Math.min(...pool.map((i) => i.indent.length));
  const top = pool.filter((i) => i.indent.length === minIndent);
  const it = items?.length ? top[top.length - 1] : top[0];
  const fullStop = top.filter((i) => endsWithFullStop(md.text, i)).length * 2 > top.length;
  if (!it.ordered) return { marker: it.marker, indent: it.indent, ordered: false, fullStop };
  const delim = it.marker.slice(-1);
  return { marker: delim, indent: it.indent, ordered: true, next: items?.length ? (it.number ?? 0) + 1 : 1, fullStop };
}

/** An item's own text (before any nested list) ends with a sentence mark, maybe inside emphasis or quotes. */
function endsWithFullStop(text: string, item: MdListItem): boolean {
  const own = text.slice(item.span.start, item.span.end).split(/\r?\n[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/)[0];
  return /[.!?][*_`"')\]]*$/.test(own.trimEnd());
}

export function listLines(rules: StagingRule[], style: ListStyle, eol: string, sep = eol): string {
  const stop = style.fullStop ? '.' : '';
  return rules.map((r, i) => `${style.indent}${style.ordered ? `${(style.next ?? 1) + i}${style.marker}` : style.marker} ${RULE_TEXT[r]}${stop}`).join(sep);
}

export const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** A `## Rules` section with the given rules, appended at the end of the file. */
export function appendRulesSection(text: string, md: AgentsMarkdown | undefined, rules: StagingRule[] = STAGING_RULES): TextEdit {
  const eol = eolOf(text);
  const style = md ? { ...listStyle(md), indent: '' } : { marker: '-', indent: '', ordered: false };
  if (style.ordered) style.next = 1;
  const body = `## Rules${eol}${eol}${listLines(rules, style, eol)}${eol}`;
  if (!text.trim()) return { start: 0, end: text.length, newText: body };
  // the trailing line breaks, scanned backwards (the regex /(\r?\n)*$/ was quadratic in a long blank run mid-file)
  let start = text.length;
  while (text[start - 1] === '\n') start -= text[start - 2] === '\r' ? 2 : 1;
  return { start, end: text.length, newText: `${eol}${eol}${body}` };
}

/** Inserts rules into an existing section: after its last top-level list item, or right under the heading. */
export function insertIntoSection(text: string, md: AgentsMarkdown, section: MdHeading, rules: StagingRule[]): TextEdit {
  const eol = eolOf(text);
  const items = md.items.filter((i) => i.span.start >= section.span.end && i.span.end <= section.sectionEnd);
  if (items.length) {
    const style = listStyle(md, items);
    const top = items.filter((i) => i.indent.length === style.indent.length);
    const last = top[top.length - 1];
    // an item's span ends at its last character; any nested items are inside it
    const end = Math.max(...items.filter((i) => i.span.start >= last.span.start).map((i) => i.span.end));
    // a loose list (blank lines between its items) stays loose
    const prev = top[top.length - 2];
    const sep = prev && /\n[ \t]*\r?\n/.test(text.slice(prev.span.end, last.span.start)) ? eol + eol : eol;
    return { start: end, end, newText: `${sep}${listLines(rules, style, eol, sep)}` };
  }
  const style = listStyle(md);
  const s = { ...style, indent: '', next: 1 };
  const after = text.slice(section.span.end);
  const blankAfter = /^(\r?\n)?[ \t]*(\r?\n|$)/.test(after);
  return { start: section.span.end, end: section.span.end, newText: `${eol}${eol}${listLines(rules, s, eol)}${blankAfter ? '' : eol}` };
}

/** The text of a new AGENTS.md (for a config that has none). */
export function newAgentsFile(eol = '\n'): string {
  return `# Agent instructions${eol}${eol}Cloud tasks in this folder run with network access to the hosts their task config allowlists.${eol}${eol}## Rules${eol}${eol}${listLines(STAGING_RULES, { marker: '-', indent: '', ordered: false }, eol)}${eol}`;
}
