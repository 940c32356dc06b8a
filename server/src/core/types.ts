// Core types shared by the engine, the CLI and the language server.
// Offsets are UTF-16 code-unit indexes into the document text (what JS strings and LSP use).

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

export interface Span {
  start: number;
  end: number;
}

export interface Position {
  /** 0-based line */
  line: number;
  /** 0-based UTF-16 column */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of text[start, end) by newText. */
export interface TextEdit extends Span {
  newText: string;
}

/** An edit to another file (cross-file fixes, e.g. creating AGENTS.md). */
export interface FileEdit {
  path: string;
  /** create the file with this text when it does not exist */
  create?: boolean;
  edits: TextEdit[];
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** edits to other files; a fix with these is never applied by `--fix` unless `safe` */
  fileEdits?: FileEdit[];
  /** the preferred quick fix of a finding (LSP `isPreferred`) */
  preferred?: boolean;
  /** safe to apply unattended (`sandbox-guard check --fix`, fix-all on save) */
  safe?: boolean;
  /**
   * A fix that only changes what the file declares (`permissions: admin` -> `read-only`) does not remove the
   * risk: the finding of the same rule it leaves behind (an info until the real change is done), its message.
   */
  leaves?: string;
}

export interface RelatedInfo {
  path: string;
  span: Span;
  range?: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  message: string;
  span: Span;
  range: Range;
  docsUrl: string;
  fixes: Fix[];
  related?: RelatedInfo[];
  /** set when a suppression comment silenced this finding (only kept with reportSuppressions) */
  suppressed?: { reason: string; span: Span };
}

import type { FileKind } from '../../../common/filePatterns.js';

export type { FileKind };

/** The comment syntax of a kind's suppressions: `# …` (YAML, TOML), `<!-- … -->` (Markdown), `// …` (JSONC). */
export type CommentStyle = 'yaml' | 'markdown' | 'jsonc' | 'toml';

export interface RuleDocs {
  /** one-line summary; also the short description in SARIF and `sandbox-guard rules` */
  summary: string;
  /** what goes wrong: the blast radius */
  why: string;
  /** how to fix it */
  fix: string;
  /** a bad example (the language is the file kind's) */
  bad?: string;
  /** the same example fixed */
  good?: string;
}

/** What a rule's check gets to report a finding. */
export interface Report {
  message: string;
  span: Span;
  /** overrides the rule's default severity for this finding (e.g. unverified catalog facts) */
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedInfo[];
}

export interface RuleMeta {
  /** stable ID, e.g. SG101 */
  id: string;
  /** kebab-case name, e.g. production-host */
  name: string;
  severity: Severity;
  kind: FileKind;
  /** further kinds whose files this rule also checks with the same meaning (SG101 in Claude Code settings) */
  alsoKinds?: FileKind[];
  docs: RuleDocs;
}

export interface Rule<Ctx> extends RuleMeta {
  check(ctx: Ctx, report: (r: Report) => void): void;
}
