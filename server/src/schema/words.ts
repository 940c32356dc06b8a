// Plain-language names for JSON types and schema locations, for human schema messages.

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

export function typeWord(type: unknown): string {
  if (Array.isArray(type)) return type.map(typeWord).join(' or ');
  return TYPE_WORDS[String(type)] ?? String(type);
}

/** What a value is, in the same words. */
export function actualWord(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a decimal number';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return 'true/false';
  return 'a string';
}

export const code = (s: string) => `\`${s}\``;

/** Joins enum values for a message: `a, b, c`. */
export function listWords(values: unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

/**
 * The subject of a message for the value at `segments`: `permissions`, `Credential STAGING_KEY`,
 * `Each allowlist entry`, `API_URL in env`, ...
 */
export function subject(segments: string[], rootName: string): string {
  if (!segments.length) return rootName;
  const last = segments[segments.length - 1];
  const parent = segments[segments.length - 2];
  if (/^\d+$/.test(last) && parent !== undefined) return `Each ${code(parent)} entry`;
  if (segments.length === 2 && parent === 'credentials') return `Credential ${code(last)}`;
  if (segments.length === 2 && ['env', 'rules', 'stagingHosts'].includes(parent)) return `${code(last)} in ${code(parent)}`;
  return code(last);
}

/** Where a property lives, for "Unknown property `x` <where>". */
export function location(segments: string[], rootName: string): string {
  if (!segments.length) return `at the top level of the ${rootName.replace(/^The /, '')}`;
  if (segments.length === 2 && segments[0] === 'credentials') return `in credential ${code(segments[1])}`;
  return `in ${code(segments.filter((s) => !/^\d+$/.test(s)).join('.'))}`;
}
