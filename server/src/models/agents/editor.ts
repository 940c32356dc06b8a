// Editor helpers for AGENTS.md as pure functions (the language server wraps them): hover on rule lines,
// completion of missing rules and staging hosts, and the "Add Staging-Only Rules to AGENTS.md" edits.
import type { CatalogIndex } from '../../catalog/catalog.js';
import { docsUrl } from '../../core/docs.js';
import type { Span } from '../../core/types.js';
import type { WorkspaceView } from '../../core/workspace.js';
import { hostSuggestions, type UsedHost } from '../../hosts/suggestions.js';
import { emptyPolicy, type Policy } from '../../core/policy.js';
import { agentsRuleMetas } from '../../rules/meta/index.js';
import { analyzeAgentsCached, missingRules } from './analyze.js';
import { governedConfigs } from './governance.js';
import { BLAST_RADIUS, listStyle, RULE_ID, RULE_LABEL, RULE_TEXT, rulesOf, type StagingRule } from './rulesText.js';

export { addStagingRulesEdit } from './addRules.js';

export interface EditorContext {
  catalog?: CatalogIndex;
  policy?: Policy;
  path?: string;
  workspace?: WorkspaceView;
}

export interface AgentsCompletion {
  label: string;
  kind: 'rule' | 'host';
  /** text to insert; for rules a snippet (`${1:…}` placeholders) */
  insertText: string;
  snippet: boolean;
  /** the text it replaces */
  range: Span;
  detail: string;
  documentation?: string;
}

const ruleName = (id: string) => agentsRuleMetas.find((r) => r.id === id)?.name ?? id;
const link = (id: string) => `[${id} ${ruleName(id)}](${docsUrl(ruleName(id))})`;

/** Markdown for a hover on a line that states a staging-only rule; undefined elsewhere. */
export function agentsHover(text: string, offset: number, _ctx: EditorContext = {}): string | undefined {
  const a = analyzeAgentsCached(text);
  const u = a.units.find((x) => x.unit.kind === 'paragraph' && offset >= lineStartOf(text, x.unit.item?.span.start ?? x.unit.span.start) && offset <= x.unit.span.end);
  if (!u) return undefined;
  const s = u.sentences.find((x) => offset >= x.span.start && offset <= x.span.end) ?? u.sentences.find((x) => x.concepts.size);
  if (!s || !s.concepts.size) return undefined;
  const parts: string[] = [];
  const whole = rulesOf(s.concepts);
  for (const r of whole) parts.push(`**Staging-only rule: ${RULE_LABEL[r]}** — satisfies ${link(RULE_ID[r])}.\n\n${BLAST_RADIUS[r]}`);
  if (!whole.includes('errorHandling') && (s.concepts.has('errors') || s.concepts.has('timeout'))) {
    const have = s.concepts.has('errors') ? 'error handling' : 'timeouts';
    const lack = s.concepts.has('errors') ? 'timeouts' : 'error handling';
    parts.push(`**Half of a staging-only rule: ${have}** — ${link('SG404')} also needs ${lack}${a.halves.has('errors') && a.halves.has('timeout') && u.inRules ? ' (another rule in this section states it)' : ''}.\n\n${BLAST_RADIUS.errorHandling}`);
  }
  if (!u.inRules) parts.push('_Outside the Rules section: it counts only when stated under a heading such as `## Rules`._');
  if (s.weak) parts.push(`_Worded as a wish: state it with "NEVER" or "must" (${link('SG406')})._`);
  return parts.join('\n\n---\n\n');
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Completion items at an offset: missing rules inside a Rules section, staging hosts inside URLs. */
export function agentsCompletions(text: string, offset: number, ctx: EditorContext = {}): AgentsCompletion[] {
  const lineStart = lineStartOf(text, offset);
  const before = text.slice(lineStart, offset);
  const url = /https?:\/\/([A-Za-z0-9.-]*)$/.exec(before);
  if (url) return hostCompletions(text, { start: offset - url[1].length, end: offset }, url[1].toLowerCase(), ctx);
  const a = analyzeAgentsCached(text);
  const section = a.rulesSections.find((h) => offset > h.span.end && offset <= Math.max(h.sectionEnd, h.span.end + 1));
  if (!section) return [];
  const items = a.md.items.filter((i) => i.span.start >= section.span.end && i.span.end <= section.sectionEnd);
  const style = listStyle(a.md, items);
  // redos: runs on the one line before the cursor; only its leading blanks can be re-tried (accepted in test/regex/accepted.ts)
  const m = /^([ \t]*)([-*+]|\d+[.)])?([ \t]*)(.*)$/.exec(before)!;
  const typedMarker = !!m[2];
  const range = { start: typedMarker ? offset - m[4].length : lineStart, end: offset };
  const missing = missingRules(a);
  return missing.map((r, i) => {
    const marker = style.ordered ? `${(style.next ?? 1) + i}${style.marker}` : style.marker;
    const body = snippetOf(r);
    return {
      label: RULE_TEXT[r],
      kind: 'rule' as const,
      insertText: typedMarker ? body : `${style.indent}${marker} ${body}`,
      snippet: true,
      range,
      detail: `Staging-only rule (${RULE_ID[r]} ${ruleName(RULE_ID[r])})`,
      documentation: BLAST_RADIUS[r],
    };
  });
}

/** The rule text with its variable part as a snippet placeholder. */
function snippetOf(r: StagingRule): string {
  const t = RULE_TEXT[r].replace(/[$}\\]/g, (c) => `\\${c}`);
  const hole: Record<StagingRule, string> = { production: 'cloud tasks', keys: 'staging/sandbox API keys', errorHandling: 'external API calls', audit: 'external API calls' };
  return t.replace(hole[r], `\${1:${hole[r]}}`);
}

/** Staging hosts from the one suggestion source: governed allowlists and staging hosts named in this file count as used. */
function hostCompletions(text: string, range: Span, typed: string, ctx: EditorContext): AgentsCompletion[] {
  const used: UsedHost[] = [];
  if (ctx.workspace && ctx.path) {
    for (const c of governedConfigs(ctx.path, ctx.workspace)) for (const d of c.docs) for (const e of d.allowlist) used.push({ host: e.value, detail: `allowlisted in ${c.path}` });
  }
  for (const m of analyzeAgentsCached(text).mentions) used.push({ host: m.host, detail: 'named in this file' });
  return hostSuggestions(ctx.policy ?? emptyPolicy(), used)
    .filter((s) => s.host.startsWith(typed))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 200)
    .map((s) => ({ label: s.host, kind: 'host' as const, insertText: s.host, snippet: false, range, detail: s.detail, documentation: s.documentation }));
}
