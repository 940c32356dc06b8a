// `sandboxGuard/addAgentsRules` {uri} -> WorkspaceEdit | null: the edit that gives AGENTS.md the four
// staging-only rules (creating the file when missing), from the engine's pure generator.
import { CreateFile, TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { addStagingRulesEdit } from '../models/agents/addRules.js';
import { uriToPath } from './paths.js';
import { readDisk, type ServerState } from './state.js';
import { toTextEdits } from './workspaceEdit.js';


export function addAgentsRulesEdit(state: ServerState, uri: string): WorkspaceEdit | null {
  const p = uriToPath(uri);
  const open = state.documents.get(uri) ?? (p ? state.openDocumentByPath(p) : undefined);
  const text = open?.getText() ?? (p ? readDisk(p) : undefined);
  const edits = addStagingRulesEdit(text);
  if (!edits.length) return null;
  const doc = open ?? TextDocument.create(uri, 'markdown', 0, text ?? '');
  const lspEdits = toTextEdits(doc, edits);
  if (!state.caps.documentChanges) return text === undefined && !state.caps.createFile ? null : { changes: { [doc.uri]: lspEdits } };
  const documentChanges: WorkspaceEdit['documentChanges'] = [];
  if (text === undefined) documentChanges.push(CreateFile.create(uri, { ignoreIfExists: true }));
  documentChanges.push(TextDocumentEdit.create({ uri: doc.uri, version: open?.version ?? null }, lspEdits));
  return { documentChanges };
}
