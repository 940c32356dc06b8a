// Never echo a secret: whatever a rule wrote, every secret value found in the text (by the secret
// rules) and every well-known token shape is redacted in messages, fix titles and related info
// before a finding leaves the engine — for the CLI and the language server alike.
import { redact } from '../secrets/redact.js';
import { redactSecrets } from '../secrets/tokenShapes.js';
import type { Finding } from '../core/types.js';

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
    return redactSecrets(out);
  };
  // a finding with nothing to redact is passed on as it is (no copy per finding and fix)
  return findings.map((f) => {
    const message = clean(f.message);
    let fixes = f.fixes;
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
