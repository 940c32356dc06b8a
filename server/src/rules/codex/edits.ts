// Fix edits shared by the Codex rules: set a key in a table (replace its value, or insert it after the
// table's header, or append the table), format-preserving.
import type { TextEdit } from '../../core/types.js';
import type { CodexModel } from '../../models/codex/model.js';
import { joinPath } from '../../models/codex/model.js';
import { insertLineAfter, replaceNode } from '../../models/codex/tomlEdits.js';

/**
 * `table.key = value` (value as TOML text): the existing value replaced, else a line after `[table]`, else
 * the table appended at the end. Undefined when the table is only defined implicitly or inline (no safe place).
 */
export function setKey(text: string, model: CodexModel, table: string[], key: string, value: string): TextEdit | undefined {
  const existing = model.entry([...table, key]);
  if (existing) return replaceNode(existing.node, value);
  const header = model.headers.get(joinPath(table));
  if (header) return insertLineAfter(text, header.key.range[1], `${key} = ${value}`);
  if (model.get(table) !== undefined || [...model.entries.keys()].some((k) => k.startsWith(joinPath(table) + '\u0000'))) return undefined;
  const sep = text === '' || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return { start: text.length, end: text.length, newText: `${sep}[${table.join('.')}]\n${key} = ${value}\n` };
}
