// Server state shared by the handlers: open documents, workspace folders, per-folder settings and
// policies, the last check result of every file, and the engine call itself.
import fs from 'node:fs';
import path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { POLICY_FILE_NAMES, TASK_LANGUAGE_ID } from '../../../common/filePatterns.js';
import { checkText, type CheckResult } from '../engine/check.js';
import { unreadableFindings } from '../engine/unreadable.js';
import { checkDecodedText, readPolicyText, readTextFile, type ReadResult } from '../core/readFile.js';
import { ParseCache } from '../core/incrementalParse.js';
import { fileKindOf, globMatch } from '../core/fileKind.js';
import type { FileKind } from '../core/types.js';
import type { WorkspaceView } from '../core/workspace.js';
import type { Policy } from '../core/policy.js';
import type { Logger } from './logger.js';
import { enginePath, isInside, uriToPath } from './paths.js';
import { mergePolicy, PolicyCache } from './policy.js';
import { defaultSettings, normalizeSettings, SECTION, type Settings } from './settings.js';

export interface Folder {
  uri: string;
  path: string;
}

export interface ClientCaps {
  configuration: boolean;
  workDoneProgress: boolean;
  showDocument: boolean;
  documentChanges: boolean;
  createFile: boolean;
  watchedFilesDynamic: boolean;
  snippets: boolean;
  resolveDocs: boolean;
  markdown: boolean;
}

/** The result of checking one version of a file; code actions and hovers reuse it. */
export interface CheckRecord extends CheckResult {
  uri: string;
  path: string;
  /** document version, undefined for files checked from disk */
  version?: number;
  text: string;
  ms: number;
}

/**
 * Open documents that keep a parse cache: the one checked last, i.e. the one being typed in. A cache
 * holds the parsed tree (about as much memory as the document's last check), so one keeps the peak
 * RSS where it was; switching files costs one full parse.
 */
const MAX_PARSE_CACHES = 1;

export class ServerState {
  readonly documents = new TextDocuments(TextDocument);
  readonly policies = new PolicyCache((p) => {
    const open = this.openDocumentByPath(p);
    if (open) return open.getText();
    return readPolicyText(p);
  }, (dir, policy) => this.logPolicy(dir, policy));
  /** folder + policy file already logged as applying (logged once each) */
  private readonly loggedPolicy = new Map<string, string>();
  folders: Folder[] = [];
  caps: ClientCaps = { configuration: false, workDoneProgress: false, showDocument: false, documentChanges: false, createFile: false, watchedFilesDynamic: false, snippets: false, resolveDocs: false, markdown: true };
  /** settings pushed by didChangeConfiguration (clients without workspace/configuration) */
  pushedSettings: Settings = defaultSettings();
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  /** last check per file path */
  readonly results = new Map<string, CheckRecord>();
  /** parsed top-level blocks of the task configs checked last (dropped on close) */
  readonly parseCaches = new Map<string, ParseCache>();
  /** files found by the last workspace walk: path -> uri and kind */
  workspaceFiles = new Map<string, { uri: string; kind: FileKind }>();
  /** hosts used by workspace task configs, per file path (for completion) */
  readonly workspaceHosts = new Map<string, string[]>();

  constructor(readonly connection: Connection, readonly log: Logger) {}

  folderOf(p: string | undefined): Folder | undefined {
    if (!p) return this.folders[0];
    let best: Folder | undefined;
    for (const f of this.folders) if (isInside(p, f.path) && (!best || f.path.length > best.path.length)) best = f;
    return best;
  }

  /** Settings for a resource, pulled once per folder and cached until the configuration changes. */
  settingsFor(uri: string): Promise<Settings> {
    if (!this.caps.configuration) return Promise.resolve(this.pushedSettings);
    const folder = this.folderOf(uriToPath(uri));
    const scope = folder?.uri ?? uri;
    let s = this.settingsCache.get(scope);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: scope, section: SECTION })
        .then(normalizeSettings, (e) => {
          this.log.error('workspace/configuration', e);
          return defaultSettings();
        });
      this.settingsCache.set(scope, s);
    }
    return s;
  }

  clearSettings(): void {
    this.settingsCache.clear();
  }

  policyFor(p: string, settings: Settings): Policy {
    return mergePolicy(this.policies.get(p, settings.rules, this.strictFolderOf(p)?.path), settings);
  }

  /** The workspace folder holding a path (no fallback to the first folder). */
  private strictFolderOf(p: string): Folder | undefined {
    const f = this.folderOf(p);
    return f && isInside(p, f.path) ? f : undefined;
  }

  /** Says in the log which policy applies, whenever that changes for a folder (a policy can switch rules off). */
  private logPolicy(dir: string, policy: Policy): void {
    const folder = this.strictFolderOf(path.join(dir, 'x'));
    if (!folder) return;
    const key = `${folder.path}\0${policy.path ?? ''}`;
    if (this.loggedPolicy.has(key)) return;
    this.loggedPolicy.set(key, policy.path ?? '');
    this.log.always(policy.path ? `Policy: ${policy.path} applies in ${folder.path}` : `Policy: files in ${folder.path} without a policy file above them use the built-in defaults`);
  }

  /** The file kind of a path (policy globs, `sandboxGuard.files`, the `sandbox-yaml` language), or undefined when it is not ours. */
  kindOf(p: string, policy: Policy, settings: Settings, languageId?: string): FileKind | undefined {
    // a policy file is always checked: its `ignore` cannot hide the policy that ignores
    if (fileKindOf(p) !== 'policy' && policy.ignore.some((g) => globMatch(g, p, policy.path ?? this.policyBase(p)))) return undefined;
    const kind = fileKindOf(p, policy);
    if (kind) return kind;
    const folder = this.folderOf(p);
    if (settings.files.length && folder && settings.files.some((g) => globMatch(g, p, path.join(folder.path, POLICY_FILE_NAMES[0])))) return 'task';
    if (languageId === TASK_LANGUAGE_ID) return 'task';
    return undefined;
  }

  private policyBase(p: string): string {
    return path.join(this.folderOf(p)?.path ?? path.dirname(p), POLICY_FILE_NAMES[0]);
  }

  openDocumentByPath(p: string): TextDocument | undefined {
    for (const d of this.documents.all()) if (uriToPath(d.uri) === p) return d;
    return undefined;
  }

  /** Other files for cross-file rules: open documents first, then the disk. */
  workspaceView(): WorkspaceView {
    // one view per check: the cross-file rules ask for the same AGENTS.md several times (read it once)
    const texts = new Map<string, string | undefined>();
    return {
      readText: (p) => {
        if (texts.has(p)) return texts.get(p);
        const open = this.openDocumentByPath(path.resolve(p));
        const text = open ? open.getText() : readDisk(p);
        texts.set(p, text);
        return text;
      },
      taskConfigPaths: () => {
        const out = new Set<string>();
        for (const [p, f] of this.workspaceFiles) if (f.kind === 'task') out.add(p);
        for (const d of this.documents.all()) {
          const p = uriToPath(d.uri);
          if (p && this.results.get(p)?.kind === 'task') out.add(p);
        }
        return [...out];
      },
      roots: () => this.folders.map((f) => f.path),
    };
  }

  /**
   * The strict reader's verdict on a text, as the CLI would read the file: `read` when it came from disk; for an
   * open document, its size and NUL bytes, and, when the editor shows replacement characters, the bytes on disk.
   */
  private readVerdict(p: string, text: string, read?: ReadResult): ReadResult {
    if (read) return read;
    const r = checkDecodedText(text);
    if (!r.ok || !text.includes('\uFFFD') || !fs.existsSync(p)) return r;
    // a non-UTF-8 file opened in the editor arrives decoded lossily: unchanged from disk, it is the CLI's SG000
    const disk = readTextFile(p);
    return !disk.ok && disk.text === text ? disk : r;
  }

  /** Checks a text with the engine (the same call as the CLI, never a re-implementation). */
  checkOnly(p: string, text: string, kind: FileKind, settings: Settings, parseCache?: ParseCache, read?: ReadResult): CheckResult {
    const verdict = this.readVerdict(p, text, read);
    if (!verdict.ok) return { kind, findings: unreadableFindings(verdict, this.policyFor(p, settings), settings.rules), suppressed: [] };
    try {
      return checkText(text, { path: p, kind, policy: this.policyFor(p, settings), overrides: settings.rules, workspace: this.workspaceView(), parseCache });
    } catch (e) {
      // the engine has guards; this is the last line of defence so the server keeps answering
      this.log.error('check', e);
      return { kind, findings: [], suppressed: [] };
    }
  }

  /** Checks a text and records the result for code actions and hovers. */
  check(uri: string, text: string, version: number | undefined, kind: FileKind, settings: Settings, read?: ReadResult): CheckRecord {
    const p = uriToPath(uri) ?? enginePath(uri);
    const t0 = performance.now();
    // open documents keep their parsed top-level blocks between edits (incremental re-checks)
    let cache: ParseCache | undefined;
    if (version !== undefined && kind === 'task') {
      cache = this.parseCaches.get(uri) ?? new ParseCache();
      // most recently checked last; a cache holds a parsed tree, so only the documents being edited keep one
      this.parseCaches.delete(uri);
      this.parseCaches.set(uri, cache);
      for (const old of this.parseCaches.keys()) if (this.parseCaches.size > MAX_PARSE_CACHES) this.parseCaches.delete(old);
    }
    const result = this.checkOnly(p, text, kind, settings, cache, read);
    const rec: CheckRecord = { ...result, uri, path: p, version, text, ms: performance.now() - t0 };
    this.results.set(p, rec);
    return rec;
  }
}

/** A file's text through the strict reader (as the CLI reads it), or undefined when it cannot be read. */
export function readDisk(p: string): string | undefined {
  const r = readTextFile(p);
  return r.ok ? r.text : undefined;
}

