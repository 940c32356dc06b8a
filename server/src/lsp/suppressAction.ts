// "Disable <rule> for this line": a suppression comment above the finding's line, with the line's
// indentation, merged into an existing directive on the line above.
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CommentStyle } from '../core/types.js';

export const REASON_PLACEHOLDER = '<reason>';

const YAML_DIRECTIVE = /^([ \t]*#[ \t]*sandbox-guard-disable-next-line[ \t]+)([^\r\n]*?)([ \t]+--[^\r\n]*)?$/;
const MD_DIRECTIVE = /^([ \t]*<!--[ \t]*sandbox-guard-disable-next-line[ \t]+)([^\r\n]*?)([ \t]+--[^\r\n]*?)?([ \t]*-->[ \t]*)$/;
const JSONC_DIRECTIVE = /^([ \t]*\/\/[ \t]*sandbox-guard-disable-next-line[ \t]+)([^\r\n]*?)([ \t]+--[^\r\n]*)?$/;
const DIRECTIVE: Record<CommentStyle, RegExp> = { yaml: YAML_DIRECTIVE, markdown: MD_DIRECTIVE, jsonc: JSONC_DIRECTIVE, toml: YAML_DIRECTIVE };

export function disableLineEdit(doc: TextDocument, line: number, ruleName: string, style: CommentStyle): TextEdit | undefined {
  const lineText = (l: number) => doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).replace(/\r?\n$/, '');
  if (line > 0) {
    const above = lineText(line - 1);
    const m = above.length > 2000 ? null : DIRECTIVE[style].exec(above);
    if (m) {
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      if (rules.includes(ruleName)) return undefined;
      const at = m[1].length + m[2].length;
      return { range: { start: { line: line - 1, character: at }, end: { line: line - 1, character: at } }, newText: `, ${ruleName}` };
    }
  }
  const current = lineText(line);
  const indent = /^[ \t]*/.exec(current)![0];
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  const comment = style === 'markdown'
    ? `<!-- sandbox-guard-disable-next-line ${ruleName} -- ${REASON_PLACEHOLDER} -->`
    : `${style === 'jsonc' ? '//' : '#'} sandbox-guard-disable-next-line ${ruleName} -- ${REASON_PLACEHOLDER}`;
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}${eol}` };
}
