// Names that say "production": the one reading of a credential or secret name (SG206 on task credentials,
// SG641 on `${{ secrets.NAME }}` in Copilot's setup steps).

const PRODUCTION_PARTS = new Set(['PROD', 'PRODUCTION', 'LIVE']);

/** The production parts of an underscore-separated name (`PROD_STRIPE_KEY` -> PROD; not PRODUCT, DELIVERY). */
export function productionParts(name: string): string[] {
  return name.split('_').filter((p) => PRODUCTION_PARTS.has(p.toUpperCase()));
}

/** `PROD_STRIPE_KEY` -> `STAGING_STRIPE_KEY`, `STRIPE_LIVE_KEY` -> `STRIPE_STAGING_KEY` (case kept). */
export function stagingName(name: string, word = 'STAGING'): string {
  const parts = name.split('_');
  const out: string[] = [];
  for (const p of parts) {
    const w = PRODUCTION_PARTS.has(p.toUpperCase()) ? (p === p.toLowerCase() ? word.toLowerCase() : word) : p;
    // PROD_LIVE_KEY -> STAGING_KEY, not STAGING_STAGING_KEY
    if (w === out[out.length - 1] && w.toUpperCase() === word) continue;
    out.push(w);
  }
  return out.join('_');
}
