// Human names for secret matches in messages ("Stripe key", "GitHub key", "private key").
import type { CatalogIndex } from '../catalog/catalog.js';
import type { CompiledPattern } from './patterns.js';

const NAMES: Record<string, string> = {
  generic: '',
  aws: 'AWS',
  amazon_mws: 'Amazon MWS',
  google: 'Google',
  github: 'GitHub',
  'paypal/braintree': 'PayPal/Braintree',
  paypal: 'PayPal',
  checkout_com: 'Checkout.com',
};

export function providerName(provider: string, catalog: CatalogIndex): string {
  if (provider in NAMES) return NAMES[provider];
  const p = catalog.providers.find((x) => x.id === provider);
  if (p) return p.name;
  return provider.charAt(0).toUpperCase() + provider.slice(1);
}

/** "Stripe key", "private key". */
export function secretKind(pattern: CompiledPattern | undefined, catalog: CatalogIndex): string {
  if (!pattern) return 'secret';
  if (pattern.id === 'sandbox-guard:url-password') return 'password in a URL';
  if (pattern.id === 'sandbox-guard:jwt') return 'JSON Web Token';
  if (/private key/i.test(pattern.description) || /private-key/i.test(pattern.id)) return 'private key';
  const name = providerName(pattern.provider, catalog);
  return name ? `${name} ${pattern.publishable ? 'publishable key' : 'key'}` : 'secret';
}
