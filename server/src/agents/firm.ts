// Firm wording for weakly stated rules, and removal of a sentence without breaking the Markdown.
import type { Span, TextEdit } from '../engine/types.js';
import { recognize, type RuleConcept } from './recognize.js';
import { RULE_TEXT, type StagingRule } from './rulesText.js';
import type { UnitFacts } from './analyze.js';

const GERUND: Record<string, string> = {
  calling: 'call', hitting: 'hit', using: 'use', touching: 'touch', contacting: 'contact', accessing: 'access', sending: 'send',
  making: 'make', running: 'run', querying: 'query', reaching: 'reach', connecting: 'connect', adding: 'add', setting: 'set',
  handling: 'handle', logging: 'log', loading: 'load', talking: 'talk', pointing: 'point', injecting: 'inject', recording: 'record',
};

const base = (w: string) => GERUND[w.toLowerCase()] ?? w;
/** the verb after "avoid": its base form, or an added verb for a noun ("avoid prod" -> "call prod") */
const avoided = (w: string) => (GERUND[w.toLowerCase()] ? base(w) : /^(production|prod)$/i.test(w) ? `call ${w}` : `use ${w}`);

/** Rewrites hedges and soft modals into firm ones: "try to avoid calling prod" -> "NEVER call prod". */
export function firmRewrite(sentence: string): string {
  let s = sentence;
  const rules: [RegExp, string | ((...m: string[]) => string)][] = [
    [/\b(?:please\s+)?try\s+not\s+to\s+(\w+)/gi, (_m, w) => `NEVER ${base(w)}`],
    [/\b(?:please\s+)?try\s+to\s+avoid\s+(\w+)/gi, (_m, w) => `NEVER ${avoided(w)}`],
    [/\b(?:please\s+)?(?:try|aim)\s+to\s+/gi, ''],
    [/\b(?:you\s+)?should\s+avoid\s+(\w+)/gi, (_m, w) => `NEVER ${avoided(w)}`],
    [/\bavoid\s+(\w+)/gi, (_m, w) => `NEVER ${avoided(w)}`],
    [/\bshould\s+be\s+avoided\b/gi, 'are forbidden'],
    [/\bshould\s+not\b|\bshouldn['’]t\b/gi, 'must not'],
    [/\bshould\s+never\b/gi, 'must never'],
    [/\b(?:should|ought\s+to)\b/gi, 'must'],
    [/\bconsider\s+(\w+ing)\b/gi, (_m, w) => base(w)],
    [/\bpreferably\s+/gi, 'only '],
    [/,?\s*\b(?:if|where|when|whenever)\s+(?:possible|feasible|practical)\b/gi, ''],
    [/,?\s*\bas\s+much\s+as\s+possible\b/gi, ''],
    [/\b(?:ideally|generally|usually|typically|hopefully|please)\b,?\s*/gi, ''],
  ];
  for (const [re, by] of rules) s = s.replace(re, by as string);
  s = s.replace(/\s{2,}/g, ' ').replace(/\s+([.,;])/g, '$1').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The firm rewrite when it still states the same rules and is no longer weak. */
export function firmFix(sentence: string): string | undefined {
  const before = recognize(sentence);
  const out = firmRewrite(sentence);
  if (out === sentence) return undefined;
  const after = recognize(out);
  for (const c of before.concepts) if (!after.concepts.has(c)) return undefined;
  return after.weak || after.contradiction ? undefined : out;
}

/** Standard wording for what a sentence states (used when the rewrite does not work). */
export function standardWording(concepts: ReadonlySet<RuleConcept>): string {
  const rules: StagingRule[] = [];
  if (concepts.has('production')) rules.push('production');
  if (concepts.has('keys')) rules.push('keys');
  if (concepts.has('errors') || concepts.has('timeout')) rules.push('errorHandling');
  if (concepts.has('audit')) rules.push('audit');
  return rules.map((r) => RULE_TEXT[r]).join('. ');
}

/** Keeps a sentence's final punctuation when replacing it. */
export function withEnding(original: string, replacement: string): string {
  const end = /[.!?]$/.exec(original.trim())?.[0] ?? '';
  return replacement.replace(/[.!?]$/, '') + end;
}

/** Removes a sentence; when it is the whole paragraph, removes the list item or paragraph with its line(s). */
export function removeSentence(text: string, u: UnitFacts, sentence: Span): TextEdit {
  const whole = u.sentences.length === 1;
  if (!whole) {
    let end = sentence.end;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    return { start: sentence.start, end, newText: '' };
  }
  const block = u.unit.item && u.unit.item.span.end === u.unit.span.end ? u.unit.item.span : u.unit.span;
  let start = block.start;
  while (start > 0 && text[start - 1] !== '\n') start--;
  let end = block.end;
  while (end < text.length && text[end] !== '\n') end++;
  if (end < text.length) end++;
  // a paragraph leaves its blank separator line behind: take one with it
  if (!u.unit.item) {
    if (/^\r?\n/.test(text.slice(end))) end += text[end] === '\r' ? 2 : 1;
    else if (end >= text.length && /\r?\n\r?\n$/.test(text.slice(0, start))) start -= text[start - 2] === '\r' ? 2 : 1;
  }
  return { start, end, newText: '' };
}
