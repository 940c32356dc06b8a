// Inline suppressions: `# sandbox-guard-disable-next-line <rule>[, <rule>] -- <reason>` (YAML, TOML),
// `<!-- sandbox-guard-disable-line <rule> -- <reason> -->` (Markdown) and `// sandbox-guard-disable-next-line …` (JSONC).
import { allRuleMetas } from '../rules/meta/index.js';
import { invalidSuppression, unusedSuppression } from '../rules/meta/suppressionRules.js';
import { emptyPolicy, type Policy } from '../core/policy.js';
import type { LineIndex } from '../core/lineIndex.js';
import type { CommentStyle, Finding, SeverityOrOff, Span } from '../core/types.js';
import { jsoncCommentStarts } from '../models/claude/comments.js';
import { effectiveSeverity, toFinding } from '../core/findings.js';
import { Parser } from 'yaml';
import { preflight } from '../core/yamlSource.js';
import { parseToml } from '../models/codex/toml.js';

export interface Suppression {
  kind: 'next-line' | 'line';
  rules: string[];
  reason: string;
  /** the comment's span */
  span: Span;
  /** line of the comment (0-based) and the line it applies to */
  line: number;
  target: number;
  used: boolean;
}

// `m`: a directive on its own line starts after a line break, not only at the start of the file
// redos: a fixed keyword, then one [^\n\r]* to the end of the line: linear per keyword occurrence (accepted in test/regex/accepted.ts)
const YAML_DIRECTIVE = /(?:^|[ \t])#[ \t]*sandbox-guard-disable-(next-line|line)\b([^\n\r]*)/gm;
// redos: a fixed keyword, then one lazy [^\n\r]*? up to the literal -->: linear per keyword occurrence (accepted in test/regex/accepted.ts)
const MD_DIRECTIVE = /<!--[ \t]*sandbox-guard-disable-(next-line|line)\b([^\n\r]*?)-->/g;
// redos: a fixed keyword, then one [^\n\r]* to the end of the line: linear per keyword occurrence (accepted in test/regex/accepted.ts)
const JSONC_DIRECTIVE = /\/\/[ \t]*sandbox-guard-disable-(next-line|line)\b([^\n\r]*)/g;

const DIRECTIVE: Record<CommentStyle, { re: RegExp; opener: string }> = {
  yaml: { re: YAML_DIRECTIVE, opener: '#' },
  markdown: { re: MD_DIRECTIVE, opener: '<!--' },
  jsonc: { re: JSONC_DIRECTIVE, opener: '//' },
  toml: { re: YAML_DIRECTIVE, opener: '#' },
};

/** Offsets where real comments start (text in strings is not a directive); undefined: every match counts. */
function commentStarts(text: string, style: CommentStyle): Set<number> | undefined {
  if (style === 'yaml') return yamlCommentStarts(text);
  if (style === 'jsonc') return jsoncCommentStarts(text);
  if (style === 'toml') return tomlCommentStarts(text);
  return undefined;
}

export function parseSuppressions(text: string, lines: LineIndex, style: CommentStyle): Suppression[] {
  if (!text.includes('sandbox-guard-disable')) return [];
  const out: Suppression[] = [];
  const { re: directive, opener } = DIRECTIVE[style];
  const re = new RegExp(directive);
  const comments = commentStarts(text, style);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].indexOf(opener);
    // `# sandbox-guard-disable…` inside a string value (block scalar, quotes) is text, not a directive
    if (comments && !comments.has(start)) continue;
    const body = m[2];
    const sep = body.indexOf('--');
    const rulePart = (sep >= 0 ? body.slice(0, sep) : body).trim();
    const reason = sep >= 0 ? body.slice(sep + 2).trim() : '';
    const line = lines.position(start).line;
    out.push({
      kind: m[1] as Suppression['kind'],
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      reason,
      span: { start, end: m.index + m[0].length },
      line,
      target: m[1] === 'line' ? line : line + 1,
      used: false,
    });
  }
  return out;
}

/** Offsets of the `#` of every YAML comment; undefined when the text cannot be lexed safely (then every match counts). */
export function yamlCommentStarts(text: string): Set<number> | undefined {
  if (preflight(text)) return undefined;
  const out = new Set<number>();
  const walk = (t: unknown): void => {
    if (Array.isArray(t)) {
      for (const x of t) walk(x);
      return;
    }
    if (!t || typeof t !== 'object') return;
    const tok = t as { type?: string; offset?: number };
    if (tok.type === 'comment' && typeof tok.offset === 'number') out.add(tok.offset);
    for (const v of Object.values(t)) if (v && typeof v === 'object') walk(v);
  };
  try {
    for (const token of new Parser().parse(text)) walk(token);
  } catch {
    return undefined;
  }
  return out;
}

/** Offsets of the `#` of every TOML comment (a `#` inside a string is none); undefined when the text does not parse. */
export function tomlCommentStarts(text: string): Set<number> | undefined {
  const { ast } = parseToml(text);
  return ast ? new Set(ast.comments.map((c) => c.range[0])) : undefined;
}

const STYLE_KIND = { yaml: 'task', markdown: 'agents', jsonc: 'claude', toml: 'codex' } as const;

export function applySuppressions(
  text: string,
  lines: LineIndex,
  findings: Finding[],
  style: CommentStyle,
  options: { policy?: Policy; overrides?: Record<string, SeverityOrOff> },
): { kept: Finding[]; suppressed: Finding[]; problems: Finding[] } {
  const sups = parseSuppressions(text, lines, style);
  if (!sups.length) return { kept: findings, suppressed: [], problems: [] };
  const known = new Map<string, string>();
  for (const r of allRuleMetas()) {
    known.set(r.id.toLowerCase(), r.id);
    known.set(r.name, r.id);
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const line = f.range.start.line;
    const s = sups.find((x) => x.target === line && x.rules.some((r) => known.get(r.toLowerCase()) === f.ruleId || r === 'all'));
    if (s) {
      s.used = true;
      suppressed.push({ ...f, suppressed: { reason: s.reason, span: s.span } });
    } else kept.push(f);
  }
  const policy = options.policy ?? emptyPolicy();
  const problems: Finding[] = [];
  const push = (meta: typeof invalidSuppression, message: string, s: Suppression, fix?: boolean) => {
    const sev = effectiveSeverity(meta, policy, options.overrides);
    if (sev === 'off') return;
    const lineStart = lines.lineStart(s.line);
    const before = text.slice(lineStart, s.span.start);
    // removing a whole-line comment removes its line; a trailing one only the comment
    const removal = before.trim() === ''
      ? { start: lineStart, end: Math.min(text.length, lines.lineEnd(s.line) + (text[lines.lineEnd(s.line)] === '\r' ? 2 : 1)) }
      : { start: s.span.start - (before.length - before.trimEnd().length), end: s.span.end };
    problems.push(toFinding({ ...meta, kind: STYLE_KIND[style] }, sev, {
      message,
      span: s.span,
      fixes: fix ? [{ title: 'Remove the unused suppression', edits: [{ ...removal, newText: '' }], preferred: true, safe: true }] : [],
    }, lines));
  };
  for (const s of sups) {
    const unknown = s.rules.filter((r) => r !== 'all' && !known.has(r.toLowerCase()));
    if (!s.rules.length) push(invalidSuppression, 'Suppression names no rule: write the rule ID or name after the directive.', s);
    else if (unknown.length) push(invalidSuppression, `Suppression names unknown rule ${unknown.map((u) => `\`${u}\``).join(', ')}: see \`sandbox-guard rules\`.`, s);
    if (!s.reason) push(invalidSuppression, 'Suppression has no reason: add ` -- <why this is safe>` so reviewers can judge the exception.', s);
    if (!s.used && s.rules.length && !unknown.length) push(unusedSuppression, `Suppression of ${s.rules.join(', ')} suppresses nothing on line ${s.target + 1}: remove it.`, s, true);
  }
  return { kept, suppressed, problems };
}
