// A file kind as data: what the engine, the CLI and the language server need to know about one kind of file.
import type { FileKind, FilePatterns } from '../../../common/filePatterns.js';
import type { CheckOptions } from '../core/checkOptions.js';
import type { LineIndex } from '../core/lineIndex.js';
import type { Policy } from '../core/policy.js';
import type { CommentStyle, Finding, RuleMeta } from '../core/types.js';

export interface KindDescriptor {
  kind: FileKind;
  /** its file names (the table in common/filePatterns.ts) */
  patterns: FilePatterns;
  /** the comment syntax of suppressions: `# sandbox-guard-disable-…`, `<!-- sandbox-guard-disable-… -->` or `// sandbox-guard-disable-…` */
  comments: CommentStyle;
  /** the rules it runs */
  rules: RuleMeta[];
  /** parses the text into the kind's model and runs its rules (suppressions and redaction are the engine's) */
  check(text: string, lines: LineIndex, options: CheckOptions & { policy: Policy }): Finding[];
  /** what the language server offers for it, beyond diagnostics and quick fixes (lsp/ dispatches on these) */
  editor: {
    /** the JSON schema behind completion and hover of keys and values */
    schema?: 'task' | 'policy' | 'claude' | 'srt';
    /** completion and hover: YAML paths against the schema (with hosts), the AGENTS.md rules and hosts, JSON settings hosts, Copilot allow-list hosts, or Codex TOML hosts */
    features: 'yaml-schema' | 'agents-markdown' | 'json-settings' | 'copilot-yaml' | 'codex-toml';
  };
}
