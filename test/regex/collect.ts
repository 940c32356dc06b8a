// Collects the regular expressions the checker runs on user text: every regex literal and `new RegExp`
// call site in the scanned folders (found with the TypeScript parser), and every RegExp actually built at
// run time (the constructor is wrapped while the modules load and a set of files is checked), e.g. the
// catalog's secret patterns, the keyword alternation and the AGENTS.md recogniser's phrase regexes.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  source: string;
  flags: string;
  /** where it comes from: file:line of the literal or of the `new RegExp` call */
  where: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The folders whose regexes run on file contents (rules, catalog, secrets, hosts, the AGENTS.md recogniser, …). */
export const SCANNED = ['server/src/core', 'server/src/hosts', 'server/src/secrets', 'server/src/catalog', 'server/src/schema', 'server/src/models', 'server/src/rules', 'server/src/kinds', 'server/src/engine'];
const SKIP_DIRS = new Set(['generated']);

export function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) walk(p);
      else if (e.isFile() && e.name.endsWith('.ts')) out.push(p);
    }
  };
  for (const d of SCANNED) if (fs.existsSync(path.join(ROOT, d))) walk(path.join(ROOT, d));
  return out.sort();
}

const rel = (p: string) => path.relative(ROOT, p);

/** Regex literals, and the sites of `new RegExp(…)` / `RegExp(…)` calls (their patterns are built at run time). */
export function staticRegexes(): { literals: FoundRegex[]; dynamicSites: string[] } {
  const literals: FoundRegex[] = [];
  const dynamicSites: string[] = [];
  for (const file of sourceFiles()) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      const line = () => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const end = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${rel(file)}:${line()}` });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        dynamicSites.push(`${rel(file)}:${line()}`);
      }
      n.forEachChild(visit);
    };
    visit(sf);
  }
  return { literals, dynamicSites };
}

/**
 * Runs `exercise` with the RegExp constructor wrapped, and returns every regex built through it with the
 * `server/src` call site that built it (from the stack; tsx maps it to the TypeScript line).
 */
export async function builtRegexes(exercise: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const built: FoundRegex[] = [];
  const site = () => {
    for (const l of (new Error().stack ?? '').split('\n').slice(2)) {
      const m = /\((?:file:\/\/)?([^()]*server\/src\/[^():]+):(\d+):\d+\)$|at (?:file:\/\/)?([^() ]*server\/src\/[^():]+):(\d+):\d+$/.exec(l.trim());
      if (m) return `${rel(m[1] ?? m[3])}:${m[2] ?? m[4]}`;
    }
    return undefined;
  };
  const Wrapped = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      const where = site();
      if (where) built.push({ source: re.source, flags: re.flags, where });
      return re;
    },
    apply(target, thisArg, args) {
      const re = Reflect.apply(target, thisArg, args) as RegExp;
      const where = site();
      if (where) built.push({ source: re.source, flags: re.flags, where });
      return re;
    },
  });
  globalThis.RegExp = Wrapped;
  try {
    await exercise();
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}
