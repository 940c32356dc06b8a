// Never echo a secret: every finding passes the one redaction function (secrets/redactText) before it
// leaves the engine — for the CLI and the language server alike. Messages, fix titles, related info and
// suppression reasons are redacted; the values the secret rules found are redacted first, whatever their shape.
// A fix whose replacement text would carry a secret (a rename of `PROD_ghp_…` to `STAGING_ghp_…`) is not
// offered: its edit cannot be shown, and writing the secret back under a new name is not a fix — the
// secret finding on the same text says to remove and revoke it.
import { redact } from '../secrets/redact.js';
import { redactText } from '../secrets/redactText.js';
import type { Finding, Fix } from '../core/types.js';

const SECRET_RULES = new Set(['SG201', 'SG202', 'SG409']);

export function redactFindings(text: string, findings: Finding[]): Finding[] {
  const secrets = new Set<string>();
  for (const f of findings) {
    if (!SECRET_RULES.has(f.ruleId)) continue;
    const s = text.slice(f.span.start, f.span.end).trim().replace(/^["']|["']$/g, '');
    if (s.length >= 6) secrets.add(s);
  }
  const list = [...secrets].sort((a, b) => b.length - a.length);
  const clean = (s: string): string => {
    let out = s;
    for (const secret of list) if (out.includes(secret)) out = out.split(secret).join(redact(secret));
    return redactText(out);
  };
  const carriesSecret = (x: Fix): boolean =>
    x.edits.some((e) => e.newText && (redactText(e.newText) !== e.newText || list.some((s) => e.newText.includes(s)))) ||
    (x.fileEdits ?? []).some((o) => o.edits.some((e) => e.newText && redactText(e.newText) !== e.newText));
  // a finding with nothing to redact is passed on as it is (no copy per finding and fix)
  return findings.map((f) => {
    const message = clean(f.message);
    // a fix whose replacement text would carry a secret is not offered (the secret's own finding says what to do)
    let fixes = f.fixes.some(carriesSecret) ? f.fixes.filter((x) => !carriesSecret(x)) : f.fixes;
    for (let i = 0; i < fixes.length; i++) {
      const title = clean(fixes[i].title);
      if (title === fixes[i].title) continue;
      if (fixes === f.fixes) fixes = [...fixes];
      fixes[i] = { ...fixes[i], title };
    }
    let related = f.related;
    if (related?.some((r) => clean(r.message) !== r.message)) related = related.map((r) => ({ ...r, message: clean(r.message) }));
    const reason = f.suppressed ? clean(f.suppressed.reason) : undefined;
    if (message === f.message && fixes === f.fixes && related === f.related && reason === f.suppressed?.reason) return f;
    const out: Finding = { ...f, message, fixes };
    if (related) out.related = related;
    if (f.suppressed) out.suppressed = { ...f.suppressed, reason: reason! };
    return out;
  });
}
