// `sandbox-guard` entry point (bundled to dist/cli.js). `run` is exported for in-process tests.
import pkg from '../../../package.json';
import { parseArgs, UsageError } from './args.js';
import { runCheck } from './commands/check.js';
import { runChecklist } from './commands/checklist.js';
import { runRules } from './commands/rules.js';
import { runInit } from './commands/init.js';
import { USAGE } from './help.js';
import { processIo, type Io } from './io.js';

export const VERSION: string = (pkg as { version: string }).version;

/** Runs the CLI and returns its exit code: 0 clean, 1 findings, 2 usage or internal error. */
export function run(argv: string[], io: Io): number {
  try {
    const o = parseArgs(argv);
    switch (o.command) {
      case 'help':
        io.stdout(USAGE);
        return 0;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'rules':
        return runRules(o, io);
      case 'checklist':
        return runChecklist(o, io);
      case 'init':
        return runInit(o, io);
      case 'check':
        return runCheck(o, io, VERSION);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`sandbox-guard: ${e.message}\nRun \`sandbox-guard --help\` for usage.\n`);
      return 2;
    }
    io.stderr(`sandbox-guard: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

// run when executed (the bundle, or `tsx server/src/cli/main.ts`), not when imported by tests
const invoked = process.argv[1] ?? '';
if (/(?:^|[\\/])(?:cli\.js|main\.ts|sandbox-guard)$/.test(invoked)) {
  const code = run(process.argv.slice(2), processIo());
  process.exitCode = code;
}
