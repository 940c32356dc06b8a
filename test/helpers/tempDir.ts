// Fresh temp folders whose names the redaction of every output leaves alone: mkdtemp's random suffix
// (e.g. `aB3d1v`) can look like a token, and log lines or messages naming the folder were then shortened
// to `…1v` at random, which made path assertions flaky.
import fs from 'node:fs';
import path from 'node:path';

const letters = (n: number): string => {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
};

let next = 0;

/** Creates `<tmp>/<prefix><pid as letters>-<counter as letters>`, lower-case letters only. */
export function freshTempDir(prefix: string): string {
  const root = fs.realpathSync(process.env.TMPDIR ?? '/tmp');
  for (;;) {
    const dir = path.join(root, `${prefix}${letters(process.pid)}-${letters(next++)}`);
    try {
      fs.mkdirSync(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
