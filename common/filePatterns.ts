// The one table of file patterns: which file names are which kind. CLI discovery, the language
// server's watchers, the client's document selector and package.json `contributes` all derive from it
// (test/common/filePatterns.test.ts fails when package.json disagrees). Imports nothing: the client bundles it.

export type FileKind = 'task' | 'agents' | 'policy' | 'claude' | 'srt' | 'copilot' | 'codex';

export interface FilePatterns {
  /** exact file names */
  names: string[];
  /** file-name endings (`x.sandbox.yaml`) */
  suffixes: string[];
  /** path endings with a folder, `/`-separated (`.claude/settings.json`): for names too common to match alone */
  paths?: string[];
}

/** In match order: the first kind whose names or suffixes match a file name wins. */
export const FILE_PATTERNS: Record<FileKind, FilePatterns> = {
  policy: { names: ['.sandbox-guard.yaml', '.sandbox-guard.yml'], suffixes: [] },
  // agent instruction files: AGENTS.md (Codex reads AGENTS.override.md first), CLAUDE.md (also `.claude/CLAUDE.md`),
  // and Copilot's repository instructions
  agents: { names: ['AGENTS.md', 'AGENTS.override.md', 'CLAUDE.md'], suffixes: [], paths: ['.github/copilot-instructions.md'] },
  task: { names: ['sandbox.yaml', 'sandbox.yml'], suffixes: ['.sandbox.yaml', '.sandbox.yml'] },
  claude: { names: ['managed-settings.json'], suffixes: [], paths: ['.claude/settings.json', '.claude/settings.local.json'] },
  srt: { names: ['.srt-settings.json'], suffixes: [] },
  // GitHub Copilot coding agent's setup steps: one workflow file at a fixed path
  copilot: { names: [], suffixes: [], paths: ['.github/workflows/copilot-setup-steps.yml', '.github/workflows/copilot-setup-steps.yaml'] },
  // OpenAI Codex: the project config and the admin requirements (`/etc/codex/requirements.toml`, or a copy kept in the repository)
  codex: { names: [], suffixes: [], paths: ['.codex/config.toml', '.codex/requirements.toml', 'codex/requirements.toml'] },
};

export const FILE_KINDS = Object.keys(FILE_PATTERNS) as FileKind[];

/** The language id of task configs (package.json `contributes.languages`). */
export const TASK_LANGUAGE_ID = 'sandbox-yaml';

export const POLICY_FILE_NAMES = FILE_PATTERNS.policy.names;
export const AGENTS_FILE_NAME = FILE_PATTERNS.agents.names[0];

/** The kind of a file by its base name alone (no policy `files` globs, no folder patterns), or undefined. */
export function kindOfFileName(base: string): FileKind | undefined {
  for (const kind of FILE_KINDS) {
    const p = FILE_PATTERNS[kind];
    if (p.names.includes(base) || p.suffixes.some((s) => base.endsWith(s))) return kind;
  }
  return undefined;
}

/** The kind of a file by its path (either separator): folder patterns first (`.claude/settings.json`), then the base name. */
export function kindOfPath(filePath: string): FileKind | undefined {
  const p = filePath.replace(/\\/g, '/');
  for (const kind of FILE_KINDS) {
    if (FILE_PATTERNS[kind].paths?.some((tail) => p === tail || p.endsWith(`/${tail}`))) return kind;
  }
  return kindOfFileName(p.slice(p.lastIndexOf('/') + 1));
}

/** File globs of a kind (`*.sandbox.yaml`, `sandbox.yaml`, `.claude/settings.json`), as in package.json `fileMatch`. */
export function nameGlobs(kind: FileKind): string[] {
  const p = FILE_PATTERNS[kind];
  return [...p.suffixes.map((s) => `*${s}`), ...p.names, ...(p.paths ?? [])];
}

/** One workspace glob of a kind, e.g. `**\/{*.sandbox.yaml,*.sandbox.yml,sandbox.yaml,sandbox.yml}`. */
export function workspaceGlob(kind: FileKind): string {
  const g = nameGlobs(kind);
  return g.length === 1 ? `**/${g[0]}` : `**/{${g.join(',')}}`;
}

/** Workspace globs of every kind (the server's file watchers). */
export const ALL_WORKSPACE_GLOBS = FILE_KINDS.map(workspaceGlob);
