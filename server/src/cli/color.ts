// Minimal ANSI styling; off unless the output is a terminal (and NO_COLOR is unset) or --color is given.
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const id = (s: string) => s;

export function paint(enabled: boolean): Paint {
  if (!enabled) return { red: id, yellow: id, blue: id, dim: id, bold: id, underline: id };
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

/** Colors when forced by a flag; otherwise only on a TTY without NO_COLOR (https://no-color.org). */
export function colorEnabled(flag: boolean | undefined, isTTY: boolean | undefined, env: NodeJS.ProcessEnv, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return !!isTTY;
}
