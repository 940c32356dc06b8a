// Judgements shared by the policy rules (which report them) and sanitize (which drops what they reject),
// so the findings and the effective policy never disagree.
import type { CatalogIndex } from '../../catalog/catalog.js';
import { classifyHost } from '../../hosts/classify.js';
import { emptyPolicy } from '../../core/policy.js';
import { matchHostPattern } from './hostPattern.js';

/** Why a `stagingHosts` mapping must not be used, or undefined when it is fine. */
export function stagingHostProblem(production: string, staging: string, catalog: CatalogIndex, productionHosts: string[]): string | undefined {
  const s = staging.toLowerCase();
  if (s === production.toLowerCase()) return 'is the production host itself';
  const listed = productionHosts.find((p) => matchHostPattern(s, p));
  if (listed) return `is itself production (it matches \`${listed}\` in \`productionHosts\`)`;
  const c = classifyHost(s, catalog, emptyPolicy());
  if (c.kind === 'production') {
    const provider = c.facts[0]?.provider.name;
    return `is a production host${provider ? ` of ${provider}` : ''} in the provider catalog${c.unverified ? ' (unverified fact)' : ''}`;
  }
  return undefined;
}
