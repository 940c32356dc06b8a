// The only form in which a secret may appear in output: a known public prefix and the last few
// characters (`sk_live_…9f2c`); fewer for short secrets, and nothing at all for very short ones.

/** Public, format-defining prefixes (longest first when matching). */
const KNOWN_PREFIXES = [
  'access_token$production$', 'klarna_live_api_', 'klarna_test_api_', 'pdl_live_apikey_', 'pdl_sdbx_apikey_',
  'access-production-', 'access-development-', 'access-sandbox-', 'FLWSECK_TEST-', 'FLWPUBK_TEST-', 'FLWSECK-',
  'shippo_live_', 'shippo_test_', 'duffel_live_', 'duffel_test_', 'github_pat_', 'amzn.mws.', 'xkeysib-',
  'sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_', 'pk_live_', 'pk_test_', 'rzp_live_', 'rzp_test_',
  'sq0atp-', 'sq0csp-', 'sq0idp-', 'shpat_', 'shpca_', 'shppa_', 'shpss_', 'pubkey-',
  'xoxb-', 'xoxp-', 'xoxe-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxo-', 'xapp-', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_',
  'live_', 'test_', 'key-', 'AKIA', 'ASIA', 'AIza', 'LTAI', 'EZAK', 'EZTK', 'EAAA', 'SG.',
].sort((a, b) => b.length - a.length);

/** How many trailing characters may be shown for a secret (after its public prefix) of this length. */
function tailLength(len: number): number {
  if (len >= 20) return 4;
  if (len >= 12) return 2;
  return 0;
}

/**
 * A display form of a secret that is safe to print anywhere (messages, JSON, SARIF, logs): its public
 * format prefix, if known, and at most 4 of the remaining characters (fewer for short secrets).
 */
export function redact(secret: string): string {
  const s = secret.trim();
  if (/^-----BEGIN[ A-Z0-9_-]*PRIVATE KEY/i.test(s)) return '-----BEGIN … PRIVATE KEY-----';
  const prefix = KNOWN_PREFIXES.find((p) => s.startsWith(p)) ?? '';
  const body = s.slice(prefix.length);
  const tail = tailLength(body.length);
  const end = tail ? body.slice(body.length - tail) : '';
  if (!prefix && !end) return '[redacted]';
  return `${prefix}…${end}`;
}
