// Entry of the standalone language server (`sandbox-guard-language-server --stdio` or `--node-ipc`;
// vscode-languageserver picks the transport from the command line).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, VERSION } from './server.js';
import { stdioConnection } from './transport.js';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`sandbox-guard-language-server ${VERSION}\n`);
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.stderr.write('Usage: sandbox-guard-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
  process.exit(2);
}
// a rejected promise in a handler must never take the server down
process.on('unhandledRejection', () => undefined);
startServer(args.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all));
