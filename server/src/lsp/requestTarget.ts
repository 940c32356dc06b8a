// Which document a custom request (`sandboxGuard/checklist`, `sandboxGuard/addAgentsRules`) may serve:
// a file of the expected kind inside a workspace folder, or an open untitled document of that kind.
// Anything else (file:///etc/passwd, a config outside the workspace) is refused with a clear error.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { FileKind } from '../core/types.js';
import { enginePath, isInside, uriToPath } from './paths.js';
import type { ServerState } from './state.js';

const KIND_NAMES: Record<FileKind, string> = { task: 'a sandbox task config', agents: 'an agent instruction file (AGENTS.md, CLAUDE.md, …)', policy: 'a policy file', claude: 'a Claude Code settings file', srt: 'a sandbox-runtime settings file', copilot: 'a Copilot setup-steps workflow', codex: 'a Codex config' };

export interface RequestTarget {
  /** file path, or undefined for an untitled document */
  path?: string;
  /** the open document's text, else undefined */
  openText?: string;
  /** the document's kind (one of those asked for) */
  kind: FileKind;
}

/** The target of a custom request, or a ResponseError (InvalidParams) saying why it is not served. */
export async function requestTarget(state: ServerState, uri: unknown, kind: FileKind | FileKind[]): Promise<RequestTarget | ResponseError<void>> {
  const kinds = Array.isArray(kind) ? kind : [kind];
  const names = kinds.map((k) => KIND_NAMES[k]);
  const refuse = (why: string) => new ResponseError<void>(ErrorCodes.InvalidParams, `Sandbox Guard serves only ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0]} inside the workspace: ${why}.`);
  if (typeof uri !== 'string' || !uri) return refuse('no document URI was given');
  const p = uriToPath(uri);
  const open = state.documents.get(uri) ?? (p ? state.openDocumentByPath(p) : undefined);
  if (p) {
    if (!state.folders.some((f) => isInside(p, f.path))) return refuse('the file is outside every workspace folder');
  } else if (!open) return refuse('the document is neither a file nor open in the editor');
  const settings = await state.settingsFor(uri);
  const enginePathOf = p ?? enginePath(uri);
  const found = state.kindOf(enginePathOf, state.policyFor(enginePathOf, settings), settings, open?.languageId);
  if (!found || !kinds.includes(found)) return refuse('the document is not one');
  return { path: p, openText: open?.getText(), kind: found };
}
