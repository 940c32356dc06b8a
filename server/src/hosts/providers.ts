// Provider facts for messages: which key prefixes mark a test-mode credential (for hosts shared by
// test and live mode, where only the key keeps a task off production).
import type { CatalogProvider } from '../catalog/catalog.js';

const TEST_WORDS = ['test', 'sbx', 'sdbx', 'sandbox'];

/** The leading literal of a credential format (`sk_test_...` -> `sk_test_`, `EZTK + 54 chars` -> `EZTK`). */
function literalPrefix(format: string): string | undefined {
  let i = 0;
  while (i < format.length) {
    const c = format.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 95 || c === 45;
    if (!ok) break;
    i++;
  }
  const p = format.slice(0, i);
  const rest = format.slice(i);
  if (p.length < 3 || !/[a-z]/i.test(p)) return undefined;
  // the literal must be followed by a placeholder, not be a whole word of prose
  if (!(rest.startsWith('...') || rest.startsWith('<') || rest.startsWith(' +') || rest.startsWith('…'))) return undefined;
  return p;
}

/** Key prefixes the catalog gives for a provider's test-mode credentials, e.g. ["sk_test_", "rk_test_"]. */
export function testKeyPrefixes(provider: CatalogProvider): string[] {
  const out: string[] = [];
  for (const cred of provider.credentials) {
    if (cred.env !== 'sandbox' && cred.env !== 'either') continue;
    for (const alt of cred.format.split(/ \/ | or /)) {
      const p = literalPrefix(alt.trim());
      if (!p) continue;
      const lower = p.toLowerCase();
      const looksTest = TEST_WORDS.some((w) => lower.includes(w));
      if ((cred.env === 'sandbox' || looksTest) && !out.includes(p)) out.push(p);
    }
  }
  return out;
}
