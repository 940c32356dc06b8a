// The CLI's view of its process, injectable so tests run commands in-process.
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  stdout(s: string): void;
  stderr(s: string): void;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  };
}
