// Checks a policy glob against what the engine's matcher (core/fileKind.ts globMatch) supports:
// `*`, `?` and `**` segments, relative to the policy file's folder.

/** Why a glob cannot work as written, or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (!glob.trim()) return 'is empty';
  if (glob !== glob.trim()) return 'has leading or trailing spaces';
  if (glob.length > 1000) return 'is too long (more than 1000 characters)';
  if (glob.includes('\\')) return 'uses `\\`: write paths with `/`';
  if (glob.startsWith('/') || /^[A-Za-z]:/.test(glob)) return "is absolute: globs are relative to the policy file's folder";
  if (glob.startsWith('!')) return 'is a negation: negated globs are not supported (list the files to skip under `ignore`)';
  if (/[{}[\]]/.test(glob)) return 'uses `{}` or `[]`: only `*`, `?` and `**` are supported';
  const segs = glob.replace(/^\.\//, '').split('/');
  if (segs.some((s) => s === '..')) return "leaves the policy file's folder (`..`): put the policy file higher up instead";
  if (segs.some((s) => s.includes('**') && s !== '**')) return '`**` must be a whole path segment (`a/**/b`, not `a**`)';
  if (segs.some((s, i) => s === '' && i < segs.length - 1)) return 'has an empty path segment (`//`)';
  return undefined;
}
