// Editor helpers for Copilot setup steps, as pure functions over one line (the language server wraps them):
// the host entry under the cursor inside a `COPILOT_AGENT_FIREWALL_ALLOW_LIST_ADDITIONS: a,b` value.
import { ALLOW_LIST_VAR } from './setupSteps.js';

export interface ListToken {
  /** columns of the entry (trimmed) on the line: [start, end) */
  start: number;
  end: number;
  text: string;
}

// the variable, its colon, then an optional opening quote: the value starts after them
const VALUE_START = new RegExp(`^\\s*(?:-\\s+)?${ALLOW_LIST_VAR}\\s*:\\s*["']?`);

/** The comma-separated entry at `character` of an allow-list line, or undefined when the cursor is elsewhere. */
export function allowListTokenAt(line: string, character: number): ListToken | undefined {
  const m = VALUE_START.exec(line);
  if (!m || character < m[0].length) return undefined;
  let start = line.lastIndexOf(',', character - 1) + 1;
  if (start < m[0].length) start = m[0].length;
  let end = line.indexOf(',', character);
  if (end < 0) end = line.length;
  // a closing quote or a trailing comment is not part of the entry
  const tail = line.slice(start, end).search(/["']|\s#/);
  if (tail >= 0) end = start + tail;
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  // an empty entry (`a, |`): the host is inserted at the cursor
  if (start >= end) return { start: character, end: character, text: '' };
  if (character < start || character > end) return undefined;
  return { start, end, text: line.slice(start, end) };
}
