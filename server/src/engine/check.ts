// The engine's entry point: text in, findings (with fixes) out. No editor or file-system APIs here:
// the CLI and the language server both call checkText, so their results never drift.
import { emptyPolicy, type Policy } from '../core/policy.js';
import { sortFindings } from '../core/findings.js';
import { redactFindings } from './redactFindings.js';
import { LineIndex } from '../core/lineIndex.js';
import { applySuppressions } from './suppressions.js';
import type { FileKind, Finding } from '../core/types.js';
import { fileKindOf } from '../core/fileKind.js';
import { KINDS } from '../kinds/index.js';
import type { CheckOptions } from '../core/checkOptions.js';

export type { CheckOptions };

export interface CheckResult {
  kind: FileKind;
  findings: Finding[];
  suppressed: Finding[];
}

/** One shared, frozen default: per-policy caches (host classification) then survive across checks. */
const DEFAULT_POLICY: Policy = deepFreeze(emptyPolicy());

function deepFreeze<T>(o: T): T {
  for (const v of Object.values(o as object)) if (v && typeof v === 'object') deepFreeze(v);
  return Object.freeze(o);
}

export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const kind = options.kind ?? fileKindOf(options.path ?? '', policy) ?? 'task';
  const lines = new LineIndex(text);
  const descriptor = KINDS[kind];
  const findings = descriptor.check(text, lines, { ...options, policy });
  const { kept, suppressed, problems } = applySuppressions(text, lines, findings, descriptor.comments, options);
  return {
    kind,
    findings: sortFindings(redactFindings(text, [...kept, ...problems])),
    suppressed: options.reportSuppressions ? redactFindings(text, suppressed) : [],
  };
}
