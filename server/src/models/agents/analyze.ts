// One pass over an AGENTS.md: Markdown model, rules sections, recognised rules, host mentions.
// Cached by text so cross-file rules (many task configs, one AGENTS.md) parse it once.
import type { Span } from '../../core/types.js';
import { parseAgentsMarkdown, type AgentsMarkdown, type MdHeading, type MdUnit } from './parse.js';
import { analyzeProse, type RuleConcept, type SentenceFacts } from './recognize.js';
import { contextAt, plausibleHost, type HostMention } from './hosts.js';
import { tokenize } from './tokens.js';
import { rulesOf, STAGING_RULES, type StagingRule } from './rulesText.js';

export interface UnitFacts {
  unit: MdUnit;
  sentences: SentenceFacts[];
  /** inside a rules section */
  inRules: boolean;
}

export interface RuleStatement {
  rule: StagingRule;
  /** the sentence that states it */
  span: Span;
  weak: boolean;
}

export interface AgentsAnalysis {
  md: AgentsMarkdown;
  /** headings naming rules or API access, in order */
  rulesSections: MdHeading[];
  units: UnitFacts[];
  /** rules stated inside rules sections */
  statements: RuleStatement[];
  /** rules stated outside any rules section */
  elsewhere: RuleStatement[];
  /** error-handling halves present inside rules sections (for "half there" messages) */
  halves: Set<RuleConcept>;
  mentions: HostMention[];
}

const RULES_HEADING = /\b(rules?|api[ -]access|guard ?rails?)\b/i;

export function isRulesHeading(text: string): boolean {
  return RULES_HEADING.test(text);
}

/**
 * Which Rules section findings and fixes go to when there are several: a heading that is just "Rules",
 * then one about API access, staging, security or the network, then any other ("Code style rules").
 */
function headingRank(text: string): number {
  const t = text.trim().toLowerCase();
  if (/^(?:the )?rules:?$/.test(t)) return 0;
  if (/\b(api|access|staging|sandbox|security|network|production|guard ?rails?|safety)\b/.test(t)) return 1;
  return 2;
}

export function analyzeAgents(text: string): AgentsAnalysis {
  const md = parseAgentsMarkdown(text);
  const rulesSections = md.headings.filter((h) => isRulesHeading(h.text)).map((h, i) => ({ h, i, r: headingRank(h.text) }))
    .sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.h);
  const inRules = (s: Span) => rulesSections.some((h) => s.start >= h.span.end && s.start < h.sectionEnd);
  const units: UnitFacts[] = [];
  const statements: RuleStatement[] = [];
  const elsewhere: RuleStatement[] = [];
  const halves = new Set<RuleConcept>();
  const mentions: HostMention[] = [];
  const halfAt = new Map<RuleConcept, { span: Span; weak: boolean }>();
  for (const unit of md.units) {
    const src = text.slice(unit.span.start, unit.span.end);
    const sentences = analyzeProse(src, unit.span.start);
    const ins = unit.kind === 'paragraph' && inRules(unit.span);
    units.push({ unit, sentences, inRules: ins });
    for (const s of sentences) {
      for (const h of s.hosts) addMention(text, md, mentions, h.host, h.span, h.hostSpan, h.forbidden, true);
      if (unit.kind !== 'paragraph') continue;
      for (const rule of rulesOf(s.concepts)) (ins ? statements : elsewhere).push({ rule, span: s.span, weak: s.weak });
      if (ins) for (const c of s.concepts) {
        halves.add(c);
        if ((c === 'errors' || c === 'timeout') && !halfAt.has(c)) halfAt.set(c, { span: s.span, weak: s.weak });
      }
    }
  }
  // error handling and timeouts stated in two separate rules still make the whole rule
  if (halves.has('errors') && halves.has('timeout') && !statements.some((s) => s.rule === 'errorHandling')) {
    const a = halfAt.get('errors')!;
    const b = halfAt.get('timeout')!;
    statements.push({ rule: 'errorHandling', span: a.span.start < b.span.start ? a.span : b.span, weak: a.weak || b.weak });
  }
  // fenced code, definitions and HTML are not prose: every host there is something to call
  for (const c of md.code) if (c.kind === 'fenced') scanHosts(text, md, mentions, c.span);
  for (const l of md.links) if (l.definition) scanHosts(text, md, mentions, l.span);
  // a suppression directive's reason may name the host it excuses: not an instruction
  for (const h of md.html) if (!text.slice(h.start, h.end).includes('sandbox-guard-disable')) scanHosts(text, md, mentions, h);
  if (md.frontMatter) scanHosts(text, md, mentions, md.frontMatter);
  mentions.sort((a, b) => a.span.start - b.span.start);
  return { md, rulesSections, units, statements, elsewhere, halves, mentions };
}

function scanHosts(text: string, md: AgentsMarkdown, out: HostMention[], span: Span): void {
  // no dot, written or percent-encoded (`api%2Epaypal%2Ecom`): no host to find
  const src = text.slice(span.start, span.end);
  if (!src.includes('.') && !/%2e/i.test(src)) return;
  for (const t of tokenize(text.slice(span.start, span.end), span.start)) {
    if (t.host) addMention(text, md, out, t.host, { start: t.start, end: t.end }, t.hostSpan ?? { start: t.start, end: t.end }, false, false);
  }
}

function addMention(text: string, md: AgentsMarkdown, out: HostMention[], host: string, token: Span, span: Span, forbidden: boolean, inProse: boolean): void {
  const url = /^https?:\/\//i.test(text.slice(token.start, token.start + 8));
  if (!plausibleHost(host, url)) return;
  out.push({ host, span, tokenSpan: token, url, context: contextAt(md, span.start, inProse), forbidden });
}

/** The four rules' presence: which are stated (in rules sections) and which are missing. */
export function missingRules(a: AgentsAnalysis): StagingRule[] {
  const have = new Set(a.statements.map((s) => s.rule));
  return STAGING_RULES.filter((r) => !have.has(r));
}

const cache = new Map<string, AgentsAnalysis>();
/** analyzeAgents with a small cache (cross-file rules read the same AGENTS.md for many configs). */
export function analyzeAgentsCached(text: string): AgentsAnalysis {
  const hit = cache.get(text);
  if (hit) return hit;
  const a = analyzeAgents(text);
  if (cache.size >= 16) cache.delete(cache.keys().next().value as string);
  cache.set(text, a);
  return a;
}
