// JSON Schema `defaultSnippets` bodies -> YAML snippet text (VS Code's JSON conventions: a string
// starting with `^` is inserted raw, i.e. not as a string; `${1:x}` placeholders are kept).

/** The body as YAML at `indent` (the first line is indented too; callers trim it when inline). */
export function snippetText(body: unknown, indent: number): string {
  const ind = ' '.repeat(indent);
  if (Array.isArray(body)) {
    return body.map((v) => {
      if (v !== null && typeof v === 'object') return `${ind}- ${snippetText(v, indent + 2).trimStart()}`;
      return `${ind}- ${scalar(v)}`;
    }).join('\n');
  }
  if (body !== null && typeof body === 'object') {
    return Object.entries(body as Record<string, unknown>).map(([k, v]) => {
      if (v !== null && typeof v === 'object') {
        const inner = Array.isArray(v) ? snippetText(v, indent + 2) : snippetText(v, indent + 2);
        return `${ind}${k}:\n${inner}`;
      }
      return `${ind}${k}: ${scalar(v)}`;
    }).join('\n');
  }
  return scalar(body);
}

function scalar(v: unknown): string {
  if (typeof v === 'string') return v.startsWith('^') ? v.slice(1) : v;
  return String(v);
}

/** Snippet syntax -> plain text for clients without snippet support. */
export function plainText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}
