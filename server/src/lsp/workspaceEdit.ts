// Engine fixes (UTF-16 offsets) -> LSP workspace edits; cross-file fixes become CreateFile + TextDocumentEdit.
import path from 'node:path';
import { CreateFile, TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, TextEdit as EngineEdit } from '../core/types.js';
import { pathToUri } from './paths.js';
import { readDisk, type ServerState } from './state.js';

export function toTextEdits(doc: TextDocument, edits: EngineEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

export function fixToWorkspaceEdit(state: ServerState, doc: TextDocument, docPath: string, fix: Fix): WorkspaceEdit {
  const edits = toTextEdits(doc, fix.edits);
  if (!state.caps.documentChanges) {
    const changes: Record<string, TextEdit[]> = {};
    if (edits.length) changes[doc.uri] = edits;
    for (const fe of fix.fileEdits ?? []) {
      const target = resolveTarget(state, docPath, fe.path);
      if (fe.create && target.text === undefined) continue; // cannot create files without documentChanges
      changes[target.uri] = toTextEdits(target.doc, fe.edits);
    }
    return { changes };
  }
  const documentChanges: WorkspaceEdit['documentChanges'] = [];
  if (edits.length) documentChanges.push(TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits));
  for (const fe of fix.fileEdits ?? []) {
    const target = resolveTarget(state, docPath, fe.path);
    if (target.text === undefined) {
      if (!fe.create || !state.caps.createFile) continue;
      documentChanges.push(CreateFile.create(target.uri, { ignoreIfExists: true }));
    }
    documentChanges.push(TextDocumentEdit.create({ uri: target.uri, version: target.version ?? null }, toTextEdits(target.doc, fe.edits)));
  }
  return { documentChanges };
}

function resolveTarget(state: ServerState, docPath: string, p: string) {
  const abs = path.resolve(path.dirname(docPath), p);
  const open = state.openDocumentByPath(abs);
  if (open) return { uri: open.uri, doc: open, text: open.getText(), version: open.version as number | undefined };
  const text = readDisk(abs);
  const uri = pathToUri(abs);
  return { uri, doc: TextDocument.create(uri, 'plaintext', 0, text ?? ''), text, version: undefined };
}

/** One edit covering what changed between two texts (common prefix and suffix kept). */
export function diffEdit(doc: TextDocument, before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { range: { start: doc.positionAt(start), end: doc.positionAt(endB) }, newText: after.slice(start, endA) };
}
