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
  const within = secretsWithin([...secrets]);
  const clean = (s: string): string => {
    let out = s;
    for (const secret of within(s)) if (out.includes(secret)) out = out.split(secret).join(redact(secret));
    return redactText(out);
  };
  const carriesSecret = (x: Fix): boolean =>
    x.edits.some((e) => e.newText && (redactText(e.newText) !== e.newText || within(e.newText).length > 0)) ||
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

const KEY = 6;

/**
 * The found secrets that occur in a string, longest first. Secrets are indexed by their first six characters
 * and a string is scanned once (a lookup per position): testing every secret against every message and edit
 * was quadratic in a file with thousands of findings and hundreds of secrets.
 */
function secretsWithin(secrets: string[]): (s: string) => string[] {
  if (!secrets.length) return () => [];
  const byKey = new Map<string, string[]>();
  for (const secret of secrets) {
    const k = secret.slice(0, KEY);
    const list = byKey.get(k);
    if (list) list.push(secret);
    else byKey.set(k, [secret]);
  }
  return (s) => {
    const hits = new Set<string>();
    for (let i = 0; i + KEY <= s.length; i++) {
      const list = byKey.get(s.slice(i, i + KEY));
      if (list) for (const secret of list) if (s.startsWith(secret, i)) hits.add(secret);
    }
    return [...hits].sort((a, b) => b.length - a.length);
  };
}
