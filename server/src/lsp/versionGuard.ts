// Document versions only go forwards: a didChange whose version is not newer than the document's
// (a replayed or reordered message) would apply its edits to the wrong text, so it is ignored and
// logged. Wraps the connection that TextDocuments listens on, so the library never sees such a change.
import type { Connection, DidChangeTextDocumentParams, NotificationHandler, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Logger } from './logger.js';

export function versionGuard(connection: Connection, documents: TextDocuments<TextDocument>, log: Logger): Connection {
  const onDidChangeTextDocument = (handler: NotificationHandler<DidChangeTextDocumentParams>) =>
    connection.onDidChangeTextDocument((params) => {
      const current = documents.get(params.textDocument.uri);
      const version = params.textDocument.version;
      if (current && typeof version === 'number' && version <= current.version) {
        log.warn(`ignored a change of ${params.textDocument.uri} to version ${version}: the document is already at version ${current.version}.`);
        return;
      }
      handler(params);
    });
  return new Proxy(connection, {
    get: (target, prop, receiver) => (prop === 'onDidChangeTextDocument' ? onDidChangeTextDocument : Reflect.get(target, prop, receiver)),
  });
}
