// Guesses which API provider a credential is for, from its hosts (catalog) or its name.
import { matchesHostPattern, type CatalogIndex } from '../../catalog/catalog.js';
import { providersNamedIn } from '../../hosts/providerHints.js';

export interface ProviderGuess {
  name: string;
  /** what the guess is based on, for the reader */
  basis: string;
  /** the host serves test and live mode; the key decides (Stripe, Twilio, ...) */
  sharedHost?: boolean;
  /** the provider's non-production catalog hosts (to find its endpoint in `env` when the key lists no hosts) */
  testHosts: string[];
}

const testHostsOf = (p: CatalogIndex['providers'][number]) =>
  p.hosts.filter((h) => !h.pattern && !h.host.includes('*') && h.env !== 'production' && h.env !== 'legacy-production').map((h) => h.host);

export function guessProvider(credentialName: string, hosts: string[], catalog: CatalogIndex): ProviderGuess | undefined {
  for (const h of hosts) {
    const host = h.toLowerCase();
    const fact = catalog.byHost.get(host)?.[0] ?? catalog.patterns.find((f) => matchesHostPattern(f.host.host, host));
    if (fact) return { name: fact.provider.name, basis: `host \`${host}\``, sharedHost: fact.host.env === 'shared', testHosts: testHostsOf(fact.provider) };
  }
  // a provider id as whole name parts: STAGING_STRIPE_KEY -> stripe, CHECKOUT_COM_TOKEN -> checkout_com
  const byId = providersNamedIn(credentialName, catalog)[0];
  if (byId) return { name: byId.name, basis: `name \`${credentialName}\``, testHosts: testHostsOf(byId) };
  return undefined;
}

const MANAGERS: Record<string, string> = {
  vault: 'HashiCorp Vault',
  'aws-secrets-manager': 'AWS Secrets Manager',
  'gcp-secret-manager': 'Google Cloud Secret Manager',
  'azure-key-vault': 'Azure Key Vault',
  'github-secrets': 'GitHub Secrets',
  '1password': '1Password',
  doppler: 'Doppler',
};

/** Display name of a `source`, or undefined when it is not a secrets manager. */
export function secretsManagerName(source: string | undefined): string | undefined {
  return source ? MANAGERS[source] : undefined;
}

export const SECRETS_MANAGERS = Object.keys(MANAGERS);
