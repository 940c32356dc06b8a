import type { TaskContext, TaskRule } from '../../models/task/taskContext.js';
import type { Fix, TextEdit } from '../../core/types.js';
import { productionCredentialNameMeta } from '../meta/task/production-credential-name.js';
import { productionParts, stagingName } from '../../secrets/productionNames.js';

export { productionParts, stagingName };

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_]/.test(c);
}

/** Every whole-word occurrence of `name` in the file: the key itself, `${NAME}`, `$NAME`, comments. */
function renameEdits(text: string, name: string, newName: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let i = text.indexOf(name);
  while (i >= 0) {
    if (!isNameChar(text[i - 1]) && !isNameChar(text[i + name.length])) edits.push({ start: i, end: i + name.length, newText: newName });
    i = text.indexOf(name, i + name.length);
  }
  return edits;
}

function renameFix(ctx: TaskContext, name: string, taken: Set<string>): Fix | undefined {
  for (const word of ['STAGING', 'SANDBOX']) {
    const newName = stagingName(name, word);
    if (newName === name || taken.has(newName)) continue;
    const edits = renameEdits(ctx.text, name, newName);
    const others = edits.length - 1;
    return { title: `Rename ${name} to ${newName}${others > 0 ? ` (and ${others} other reference${others > 1 ? 's' : ''} in this file)` : ''}`, edits, preferred: true };
  }
  return undefined;
}

export const productionCredentialName: TaskRule = {
  ...productionCredentialNameMeta,
  check(ctx, report) {
    const taken = new Set(ctx.docs.flatMap((d) => d.credentials.map((c) => c.name)));
    for (const doc of ctx.docs) {
      for (const cred of doc.credentials) {
        const parts = productionParts(cred.name);
        if (!parts.length) continue;
        const fix = renameFix(ctx, cred.name, taken);
        report({
          message: `Credential \`${cred.name}\` is named for production (${parts.map((p) => `\`${p}\``).join(', ')}): a sandbox task must get a dedicated sandbox key, named for what it is. Rename it to \`${stagingName(cred.name)}\` and point it at a sandbox key.`,
          span: cred.keySpan,
          fixes: fix ? [fix] : [],
        });
      }
    }
  },
};
