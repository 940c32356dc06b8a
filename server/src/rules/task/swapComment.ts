// A host swap also fixes what the line says about the host: `- api.paypal.com  # production` must not become
// `- api-m.sandbox.paypal.com  # production`. A comment right after the swapped value that names production
// is dropped when that is all it says, else its production words become the new host's word.
import type { TextEdit } from '../../core/types.js';
import { PRODUCTION_MARKERS } from '../../hosts/markers.js';

const PROD = new Set([...PRODUCTION_MARKERS, 'prod.', 'production.']);
const FILLER = /^[\s#:;,.()[\]-]*$/;

/** The edit for a trailing comment right after `valueEnd` (only blanks between) that names production, or undefined. */
export function swapCommentEdit(text: string, valueEnd: number, word: 'staging' | 'sandbox'): TextEdit | undefined {
  let i = valueEnd;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== '#' || i === valueEnd) return undefined;
  let end = text.indexOf('\n', i);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  const comment = text.slice(i, end);
  const words = comment.split(/(\s+)/);
  let changed = false;
  const out = words.map((w) => {
    const m = /^([^a-z]*)([a-z]+)([^a-z]*)$/i.exec(w);
    if (!m || !PROD.has(m[2].toLowerCase())) return w;
    changed = true;
    return `${m[1]}${m[2][0] === m[2][0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word}${m[3]}`;
  });
  if (!changed) return undefined;
  const rewritten = out.join('');
  // nothing but the production word: the comment goes, with the blanks before it
  const rest = words.filter((w) => !PROD.has(w.replace(/[^a-z.]/gi, '').toLowerCase()) || !/[a-z]/i.test(w)).join('');
  if (FILLER.test(rest)) return { start: valueEnd, end, newText: '' };
  return { start: i, end, newText: rewritten };
}
