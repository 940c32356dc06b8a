import type { TaskContext, TaskRule } from '../../models/task/taskContext.js';
import type { TaskDoc } from '../../models/task/taskModel.js';
import type { Fix } from '../../core/types.js';
import { quoteList } from '../../secrets/redactText.js';
import { allowlistEntries, classOf } from './hostEntryUtil.js';
import { insertIntoMap, simpleEntry } from './credentialEdits.js';
import { valueSpanOf } from './credentialList.js';
import { writeMethodsMeta } from '../meta/task/write-methods.js';
import { liveKeysIn, relatedKey } from './keyEvidence.js';

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const READ_ONLY = '[GET, HEAD, OPTIONS]';

/** Allowlisted hosts that make write methods dangerous: production, or nobody verified they are not. */
function riskyHosts(ctx: TaskContext, doc: TaskDoc): string[] {
  // judged (and named) by the normalized host: a URL entry may carry a password in its userinfo
  const out = new Set<string>();
  for (const e of allowlistEntries(ctx)) {
    if (e.doc !== doc || !e.norm.host || out.has(e.norm.host)) continue;
    const kind = classOf(ctx, e).kind;
    if (kind === 'production' || kind === 'unknown') out.add(e.norm.host);
  }
  return [...out];
}

/** Allowlisted production hosts (not unverified catalog facts: those stay warnings). */
function productionHosts(ctx: TaskContext, doc: TaskDoc): string[] {
  const out = new Set<string>();
  for (const e of allowlistEntries(ctx)) {
    if (e.doc !== doc || !e.norm.host) continue;
    const c = classOf(ctx, e);
    if (c.kind === 'production' && !c.unverified) out.add(e.norm.host);
  }
  return [...out];
}

function restrictFix(ctx: TaskContext, doc: TaskDoc): Fix | undefined {
  const title = `Allow only ${READ_ONLY.slice(1, -1)}`;
  const f = doc.methodsField;
  if (f?.valueSpan) {
    // `methods:` + block sequence becomes `methods: [GET, HEAD, OPTIONS]` (unless a comment sits in between)
    let end = f.valueSpan.end;
    while (end > f.valueSpan.start && /\s/.test(ctx.text[end - 1])) end--;
    const between = ctx.text.slice(f.keySpan.end, f.valueSpan.start);
    if (!between.includes('#')) return { title, edits: [{ start: f.keySpan.end, end, newText: `: ${READ_ONLY}` }], preferred: true };
    return { title, edits: [{ start: f.valueSpan.start, end, newText: READ_ONLY }], preferred: true };
  }
  if (!doc.network) return undefined;
  const edit = insertIntoMap(ctx.text, doc.network.keySpan, doc.network.pair.value, simpleEntry('methods', READ_ONLY));
  return edit ? { title: `Add methods: ${READ_ONLY}`, edits: [edit], preferred: true } : undefined;
}

export const writeMethods: TaskRule = {
  ...writeMethodsMeta,
  check(ctx, report) {
    for (const doc of ctx.docs) {
      const explicit = doc.methodsField !== undefined;
      const writes = explicit ? doc.methods.filter((m) => WRITE.has(m.value.toUpperCase())).map((m) => m.value.toUpperCase()) : [...WRITE];
      if (!writes.length) continue;
      const span = doc.methodsField ? valueSpanOf(ctx.text, doc.methodsField) : doc.network?.keySpan;
      if (!span) continue;
      const fix = restrictFix(ctx, doc);
      const fixes = fix ? [fix] : [];
      const allowed = explicit ? `\`methods\` allows ${writes.join(', ')}` : 'no `methods` list is set, so every method (including POST, PUT, PATCH and DELETE) is allowed';
      const risky = riskyHosts(ctx, doc);
      const live = liveKeysIn(ctx, doc).filter((k) => !k.publishable)[0];
      const production = productionHosts(ctx, doc);
      const Allowed = `${allowed[0].toUpperCase()}${allowed.slice(1)}`;
      if (live || production.length) {
        // write methods next to a live key or a production host: name both, an error whatever else the file says
        const what = [
          production.length ? `the allowlist has production hosts (${quoteList(production)})` : '',
          live ? `the file holds a live ${live.kind} (${live.shown} ${live.where}, line ${live.line})` : '',
        ].filter(Boolean).join(' and ');
        report({
          message: `${Allowed} while ${what}: one wrong call changes real data. Restrict \`methods\` to ${READ_ONLY}${live ? ' and remove the live key' : ''}.`,
          span,
          severity: 'error',
          fixes,
          related: live ? [relatedKey(ctx, live)] : undefined,
        });
        continue;
      }
      if (risky.length) {
        report({ message: `${Allowed} while the allowlist has production or unverified hosts (${quoteList(risky)}): one wrong call can change real data. Restrict \`methods\` to ${READ_ONLY}.`, span, fixes });
        continue;
      }
      const creds = doc.credentials;
      if (explicit && creds.length && creds.every((c) => c.fields.get('permissions')?.text === 'read-only')) {
        report({ message: `${allowed[0].toUpperCase()}${allowed.slice(1)}, but every credential is read-only: write requests can only fail or go out unauthenticated. Restrict \`methods\` to ${READ_ONLY}.`, span, severity: 'info', fixes });
      }
    }
  },
};
