// Fixes shared by secret-in-file (SG201) and live-key (SG202).
import type { Scalar } from 'yaml';
import type { Fix, TextEdit } from '../../core/types.js';
import type { SecretHit } from '../../models/task/secrets.js';
import { eol } from './credentialEdits.js';

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** `secret/<name-lowercase>`: where the fix points the credential in the secrets manager. */
export function vaultRef(name: string): string {
  return `secret/${name.toLowerCase()}`;
}

/**
 * For a secret held by a credential: the property becomes `source: vault` + `ref: secret/<name>`
 * (without duplicating a `source` or `ref` the credential already has); `NAME: <secret>` becomes
 * `NAME: {source: vault, ref: …}`.
 */
export function moveToVaultFix(text: string, hit: SecretHit): Fix | undefined {
  const prop = hit.property;
  const cred = prop?.credential;
  if (!prop || !cred) return undefined;
  const ref = vaultRef(cred.name);
  const value = prop.pair.value as Scalar;
  const title = `Move ${cred.name}'s secret to the secrets manager (source: vault, ref: ${ref})`;
  if (prop.wholeCredential) {
    return { title, edits: [{ start: value.range![0], end: value.range![1], newText: `{source: vault, ref: ${ref}}` }] };
  }
  const parts: string[] = [];
  if (!cred.fields.has('source')) parts.push('source: vault');
  if (!cred.fields.has('ref')) parts.push(`ref: ${ref}`);
  const keyStart = prop.keySpan.start;
  let valueEnd = value.range![1];
  // block scalars' ranges end after their last line break
  while (valueEnd > keyStart && /\s/.test(text[valueEnd - 1])) valueEnd--;
  const flow = cred.map?.flow === true;
  let edit: TextEdit;
  if (parts.length) {
    const indent = ' '.repeat(keyStart - lineStart(text, keyStart));
    edit = { start: keyStart, end: valueEnd, newText: parts.join(flow ? ', ' : `${eol(text)}${indent}`) };
  } else edit = removePairEdit(text, keyStart, valueEnd, flow);
  return { title, edits: [edit] };
}

/** Deletes a pair: its whole line in a block map, the pair and one comma in a flow map. */
function removePairEdit(text: string, start: number, end: number, flow: boolean): TextEdit {
  if (flow) {
    let e = end;
    while (text[e] === ' ') e++;
    if (text[e] === ',') {
      e++;
      while (text[e] === ' ') e++;
      return { start, end: e, newText: '' };
    }
    let s = start;
    while (s > 0 && text[s - 1] === ' ') s--;
    if (text[s - 1] === ',') s--;
    return { start: s, end, newText: '' };
  }
  let e = text.indexOf('\n', end);
  e = e < 0 ? text.length : e + 1;
  return { start: lineStart(text, start), end: e, newText: '' };
}

/** For a secret in a comment: blank it out there (it still has to be revoked: it is in the history). */
export function redactCommentFix(hit: SecretHit): Fix | undefined {
  if (!hit.inComment) return undefined;
  return { title: 'Remove the key from the comment (then revoke it: it stays in the repository history)', edits: [{ ...hit.span, newText: 'REDACTED' }] };
}

export function secretFixes(text: string, hit: SecretHit): Fix[] {
  const fixes: Fix[] = [];
  const vault = moveToVaultFix(text, hit);
  if (vault) fixes.push({ ...vault, preferred: true });
  const comment = redactCommentFix(hit);
  if (comment) fixes.push(comment);
  return fixes;
}

