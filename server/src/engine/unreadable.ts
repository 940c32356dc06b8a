// SG000 findings for files the strict reader (core/readFile.ts) refused: the CLI and the language server
// both build them here, so a bad file gets the same answer in the terminal and in the editor.
import { effectiveSeverity, toFinding } from '../core/findings.js';
import { LineIndex } from '../core/lineIndex.js';
import type { Policy } from '../core/policy.js';
import type { ReadResult } from '../core/readFile.js';
import type { Finding, Severity, SeverityOrOff } from '../core/types.js';
import { unreadableFile } from '../rules/meta/unreadable-file.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** An SG000 finding, or none when the rule is turned off. */
export function unreadableFinding(message: string, policy: Policy, overrides: Record<string, SeverityOrOff>, text = '', offset = 0, lowered?: Severity): Finding[] {
  const configured = effectiveSeverity(unreadableFile, policy, overrides);
  if (configured === 'off') return [];
  // same rule as the engine: a finding may lower its severity, a configured severity caps it
  const severity = lowered && RANK[lowered] < RANK[configured] ? lowered : configured;
  const end = Math.min(text.length, offset + 1);
  return [toFinding(unreadableFile, severity, { message, span: { start: offset, end: Math.max(offset, end) } }, new LineIndex(text))];
}

/** The SG000 findings of a refused read, at the reader's offset in its lossy text (if any). */
export function unreadableFindings(r: Extract<ReadResult, { ok: false }>, policy: Policy, overrides: Record<string, SeverityOrOff>): Finding[] {
  return unreadableFinding(r.message, policy, overrides, r.text, r.offset, r.severity);
}
