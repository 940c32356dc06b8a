// Firm wording for weakly stated rules, and removal of a sentence without breaking the Markdown.
import type { Span, TextEdit } from '../../core/types.js';
import { recognize, type RuleConcept } from './recognize.js';
import { RULE_TEXT, type StagingRule } from './rulesText.js';
import type { UnitFacts } from './analyze.js';

const GERUND: Record<string, string> = {
  calling: 'call', hitting: 'hit', using: 'use', touching: 'touch', contacting: 'contact', accessing: 'access', sending: 'send',
  making: 'make', running: 'run', querying: 'query', reaching: 'reach', connecting: 'connect', adding: 'add', setting: 'set',
  handling: 'handle', logging: 'log', loading: 'load', talking: 'talk', pointing: 'point', injecting: 'inject', recording: 'record',
};

const base = (w: string) => GERUND[w.toLowerCase()] ?? w;
/** the verb after "avoid": its base form, or an added verb for a noun ("avoid prod" -> "call prod", "avoid prod keys" -> "use prod keys") */
function avoided(w: string, all = '', at = 0): string {
  if (GERUND[w.toLowerCase()]) return base(w);
  if (!/^(production|prod)$/i.test(w)) return `use ${w}`;
  CRED_NEXT.lastIndex = at; // sticky: reads only the next words, never copies the rest of a long line
  return CRED_NEXT.test(all) ? `use ${w}` : `call ${w}`;
}
/** the word after "production" is a credential: keys are used, not called */
// redos: sticky, literal words separated by [ \t]+: no two quantifiers can match the same text (accepted in test/regex/accepted.ts)
const CRED_NEXT = /[ \t]+(?:api[ \t]+)?(?:keys?|apikeys?|credentials?|tokens?|secrets?|passwords?)\b/iy;
/** the replacer for "avoid X" patterns (sees the text after the match) */
const avoidWith = (m: string, w: string, off: number, all: string) => `NEVER ${avoided(w, all, off + m.length)}`;

// Leading whitespace is matched only from the start of a run ((?<!\s)\s+): every pattern stays linear on a 100 KB line.
const SP = '(?:,\\s*|(?<!\\s)\\s+)?';
const PRAISE = '(?:good|nice|great|better|best|ideal|helpful|wise|sensible|advisable|preferable)';
const upper = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const REWRITES: [RegExp, string | ((substring: string, ...args: any[]) => string)][] = [
  [/\b(?:please\s+)?try\s+not\s+to\s+(\w+)/gi, (_m, w) => `NEVER ${base(w)}`],
  [/\b(?:please\s+)?try\s+to\s+avoid\s+(\w+)/gi, avoidWith],
  [/\b(?:please\s+)?(?:try|aim)\s+to\s+/gi, ''],
  // "it would be good to log …", "it is recommended to use …", "it's a good idea to set …" -> "Always log …"
  [new RegExp(`\\b(?:it|that)(?:\\s+(?:would|could|might|is)|['’](?:d|s))\\s+(?:be\\s+)?(?:a\\s+)?(?:${PRAISE}(?:\\s+(?:idea|practice))?|recommended|encouraged|suggested)\\s+(?:to\\s+)?(?:always\\s+)?(\\w+)`, 'gi'), (_m, w) => `Always ${base(w)}`],
  [/\b(?:you\s+)?should\s+avoid\s+(\w+)/gi, avoidWith],
  [/\bavoid\s+(\w+)/gi, avoidWith],
  // redos: literal words separated by \s+: no two quantifiers can match the same text (accepted in test/regex/accepted.ts)
  [/\b(?:should|ought\s+to)\s+(?:ideally\s+|generally\s+|probably\s+|really\s+)?be\s+avoided\b/gi, 'are forbidden'],
  [/\bshould\s+not\b|\bshouldn['’]t\b/gi, 'must not'],
  [/\bshould\s+never\b/gi, 'must never'],
  [/\b(?:should|ought\s+to)\b/gi, 'must'],
  [/\bconsider\s+(\w+ing)\b/gi, (_m, w) => base(w)],
  [/\bpreferably\s+/gi, 'only '],
  // "we'd prefer that tasks only hit staging" -> "tasks only hit staging"; "we'd rather you didn't hit prod" -> "you must not hit prod"
  [/\b(?:we|i)(?:['’]d|\s+would)\s+(?:prefer|like)\s+(?:it\s+)?(?:that|if)\s+/gi, ''],
  // redos: literal words separated by \s+, one \w+ between literals: no two quantifiers can match the same text (accepted in test/regex/accepted.ts)
  [/\b(?:we|i)(?:['’]d|\s+would)\s+rather\s+(\w+)\s+did(?:n['’]t|\s+not)\s+/gi, (_m, who) => `${who} must not `],
  // "prefer staging endpoints over prod" -> "Use only staging endpoints, never prod"
  // redos: the lazy group is bounded ({1,80}): at most 80 steps per start (accepted in test/regex/accepted.ts)
  [/\b(?:we['’]?d\s+)?prefer\s+([^.;,]{1,80}?)\s+(?:over|to|rather\s+than)\s+/gi, (_m, x) => `use only ${x}, never `],
  // redos (this line and the next): runs on one rule sentence that a fix rewrites; quadratic only in a run of blanks inside it (accepted in test/regex/accepted.ts)
  [new RegExp(`${SP}\\b(?:if|where|when|whenever|wherever)\\s+(?:possible|feasible|practical|you\\s+can|we\\s+can)\\b,?`, 'gi'), ''],
  [new RegExp(`${SP}\\bas\\s+much\\s+as\\s+possible\\b`, 'gi'), ''],
  [/\b(?:ideally|generally|usually|typically|hopefully|please|probably|really)\b,?\s*/gi, ''],
];

/** Rewrites hedges and soft modals into firm ones: "try to avoid calling prod" -> "NEVER call prod". */
export function firmRewrite(sentence: string): string {
  let s = sentence;
  for (const [re, by] of REWRITES) s = s.replace(re, by as string);
  s = s.replace(/\s{2,}/g, ' ').replace(/(?<!\s)\s+([.,;])/g, '$1').replace(/^[\s,]+/, '').trim();
  return upper(s);
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
    // a sentence alone on a later line of its block (a table row, a wrapped line): remove the line, leaving no blank line that would split the block
    let ls = sentence.start;
    while (ls > 0 && (text[ls - 1] === ' ' || text[ls - 1] === '\t')) ls--;
    let le = sentence.end;
    while (le < text.length && (text[le] === ' ' || text[le] === '\t' || text[le] === '\r')) le++;
    if (ls > u.unit.span.start && text[ls - 1] === '\n' && (le >= text.length || text[le] === '\n')) return { start: ls, end: Math.min(text.length, le + 1), newText: '' };
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
