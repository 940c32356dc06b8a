// Honest fixes for declarations (SG204 scope, SG205 permissions): changing `permissions: admin` to
// `read-only` in the config does not change the key at the provider. Such a fix is never `safe` (not
// applied by --fix or fix-all), its title says what else must happen, and it writes a note beside the new
// value, `# sandbox-guard: was admin until the key is replaced`. While the note is there the rule keeps an
// info finding (and the checklist an item); deleting the note (once the key was replaced) or a
// suppression comment with a reason ends it.
import type { TaskContext } from '../../models/task/taskContext.js';
import type { CredentialEntry, Field } from '../../models/task/taskModel.js';
import type { Fix, Report, Span, TextEdit } from '../../core/types.js';
import { shortProviderName } from '../../hosts/catalogHosts.js';
import { credentialProviders } from './keyEvidence.js';
import { setFieldFix, type CredentialRef } from './credentialList.js';

const NOTE = 'sandbox-guard: was ';
// one note per field kind: `replaced` for permissions, `rotated` for scope (both may share a flow map's comment)
const NOTE_RE = { replaced: /sandbox-guard: was ([a-z-]{1,40}) until the key is replaced/, rotated: /sandbox-guard: was ([a-z-]{1,40}) until the key is rotated/ };

export interface PendingNote {
  /** the value the field had before the declaration changed */
  was: string;
  /** replaced (permissions) or rotated (scope) */
  todo: 'replaced' | 'rotated';
  /** the span to delete when the note goes: the whole comment, or just the note inside a longer one */
  removal: Span;
}

function lineEnd(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > offset && text[end - 1] === '\r') end--;
  return end;
}

/** The trailing comment on the line where a field's value ends: its span (from `#`), or undefined. */
function commentAfter(text: string, f: Field): Span | undefined {
  const span = f.valueSpan ?? f.keySpan;
  let from = span.end;
  while (from > span.start && /\s/.test(text[from - 1])) from--;
  const end = lineEnd(text, from);
  const rest = text.slice(from, end);
  const hash = rest.search(/(^|\s)#/);
  if (hash < 0) return undefined;
  const at = from + hash + (rest[hash] === '#' ? 0 : 1);
  return { start: at, end };
}

/** The note beside a field's value, if any. */
export function pendingNote(text: string, f: Field | undefined, todo: 'replaced' | 'rotated'): PendingNote | undefined {
  if (!f) return undefined;
  const c = commentAfter(text, f);
  if (!c) return undefined;
  const comment = text.slice(c.start, c.end);
  const m = NOTE_RE[todo].exec(comment);
  if (!m) return undefined;
  // a comment that is only the note goes with the blanks before it; a longer one keeps its own words
  const only = comment.replace(/^#\s*/, '').trim() === m[0];
  let start = c.start;
  if (only) while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const joined = comment.slice(Math.max(0, m.index - 2), m.index) === '; ';
  const removal = only ? { start, end: c.end } : { start: c.start + m.index - (joined ? 2 : 0), end: c.start + m.index + m[0].length };
  return { was: m[1], todo, removal };
}

/**
 * The info finding that stays while a declaration-only fix's note is beside the value: the message says what
 * is still to do, and the one fix deletes the note once that is done (never applied unattended).
 */
export function pendingNoteReport(ctx: TaskContext, f: Field, todo: 'replaced' | 'rotated', message: (was: string) => string, deleteTitle: string): Report | undefined {
  const note = pendingNote(ctx.text, f, todo);
  if (!note) return undefined;
  return {
    message: message(note.was),
    span: f.valueSpan ?? f.keySpan,
    severity: 'info',
    fixes: [{ title: deleteTitle, edits: [{ ...note.removal, newText: '' }], safe: false }],
  };
}

/** "at PayPal" / "at the provider": where the real change must happen. */
export function providerOf(ctx: TaskContext, cred: CredentialEntry): string {
  const p = credentialProviders(ctx, cred)[0];
  return p ? shortProviderName(p) : 'the provider';
}

/**
 * The fix that changes a declared value and writes the note beside it; never safe. `leaves` is the info
 * finding the rule reports while the note stays.
 */
export function declareFix(ctx: TaskContext, ref: CredentialRef, key: string, value: string, title: string, todo: 'replaced' | 'rotated', leaves: string): Fix | undefined {
  const f = ref.cred.fields.get(key);
  const fix = setFieldFix(ctx, ref, key, value, title, { preferred: true, safe: false });
  if (!fix || !f?.text) return fix;
  const note = `${NOTE}${f.text} until the key is ${todo}`;
  const existing = commentAfter(ctx.text, f);
  let edit: TextEdit;
  if (existing) edit = { start: existing.end, end: existing.end, newText: `; ${note}` };
  else {
    const span = f.valueSpan ?? f.keySpan;
    let at = span.end;
    while (at > span.start && /\s/.test(ctx.text[at - 1])) at--;
    // a flow map on one line: the note goes after its closing brace, at the end of the line
    at = lineEnd(ctx.text, at);
    edit = { start: at, end: at, newText: `  # ${note}` };
  }
  return { ...fix, edits: [...fix.edits, edit], leaves };
}
