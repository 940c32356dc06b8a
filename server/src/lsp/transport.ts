// The connection over stdio, with one difference from vscode-languageserver's own: a message the
// server cannot read (a bad Content-Length, junk bytes between messages, a body that is not JSON)
// (or one that stops half-way) leaves the stream unsynchronised for good, so the server exits with code 1 and the client restarts
// it, instead of staying alive and never answering again.
import { inspect } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';

export function stdioConnection(exit: (code: number) => never = process.exit): Connection {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  let shutdownReceived = false;
  reader.onError((e) => {
    // the first line only: the rest of a header error quotes the client's bytes
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);
    process.stderr.write(`sandbox-guard-language-server: cannot read the client's message (${why}); exiting so that the client restarts the server.\n`);
    exit(1);
  });
  // a message cut short (Content-Length larger than what came) and nothing more for the reader's timeout
  // (10 s): every later byte would be swallowed into that body, so this stream cannot recover either
  reader.onPartialMessage(() => {
    process.stderr.write('sandbox-guard-language-server: cannot read the client\'s message (it stopped in the middle of a message); exiting so that the client restarts the server.\n');
    exit(1);
  });
  // the client went away: same exit codes as vscode-languageserver's stdio transport
  const gone = () => exit(shutdownReceived ? 0 : 1);
  process.stdin.on('end', gone);
  process.stdin.on('close', gone);
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  connection.onShutdown(() => {
    shutdownReceived = true;
  });
  // stdout is the protocol: console output goes to the client's log, as vscode-languageserver does for --stdio
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = (...a: unknown[]) => connection.console.log(text(a));
  console.info = (...a: unknown[]) => connection.console.info(text(a));
  console.warn = (...a: unknown[]) => connection.console.warn(text(a));
  console.error = (...a: unknown[]) => connection.console.error(text(a));
  console.debug = (...a: unknown[]) => connection.console.log(text(a));
  return connection;
}
