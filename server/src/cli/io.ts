// The CLI's view of its process, injectable so tests run commands in-process.
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  stdout(s: string): void;
  stderr(s: string): void;
}

export function processIo(): Io {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  return {
    cwd: process.cwd(),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  };
}

/**
 * `sandbox-guard check | head`: the reader may close the pipe before the report is written. That is not
 * an error of ours: end quietly with the exit code the run decided (never an unhandled EPIPE trace).
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(process.exitCode ?? 0);
    // another write error: say so once on stderr (if it is still open) and fail
    try {
      if (stream !== process.stderr) process.stderr.write(`sandbox-guard: cannot write the output: ${e.message}\n`);
    } finally {
      process.exit(2);
    }
  });
}
