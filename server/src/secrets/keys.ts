// Which property names hold secrets, and which values are references rather than literal secrets.
import { isPlaceholderPassword } from './placeholders.js';

/** Last name parts that mean "this property holds a secret". */
const SECRET_PARTS = new Set(['token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'key', 'apikey', 'pat', 'credential', 'credentials']);

/** Whole names that hold a secret. */
const SECRET_NAMES = new Set(['value', 'auth', 'bearer', 'private_key', 'api_key', 'access_key', 'secret_key', 'client_secret', 'auth_token', 'access_token', 'refresh_token']);

/** Splits `apiKey`, `API_KEY`, `api-key`, `api.key` into lowercase parts. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Whether a property with this name holds a secret: `value`, `token`, `password`, `api_key`,
 * `STRIPE_SECRET_KEY`, `clientSecret`… The last part decides, so `key_ref`, `token_label`,
 * `api_key_source`, `KEY_ID` and `token_url` are not secrets.
 */
export function isSecretKeyName(name: string): boolean {
  // asked for every key of every check: the same few names (`source`, `ref`, `hosts` …) again and again
  let known = secretNameMemo.get(name);
  if (known === undefined) {
    const parts = nameParts(name);
    known = parts.length > 0 && (SECRET_NAMES.has(parts.join('_')) || SECRET_PARTS.has(parts[parts.length - 1]));
    if (secretNameMemo.size >= 10_000) secretNameMemo.clear();
    secretNameMemo.set(name, known);
  }
  return known;
}

const secretNameMemo = new Map<string, boolean>();

/**
 * Values that point at a secret instead of being one: `${VAR}`, `$VAR`, `{{ secrets.X }}`,
 * `<placeholder>`, `vault:…`, `op://…`, ARNs, and masks such as `***` or `xxxx`.
 */
export function isSecretReference(value: string): boolean {
  const v = value.trim();
  if (!v) return true;
  if (/^\$\{[^}]*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$|^\{\{[^}]*\}\}$|^<[^>]*>$|^%[A-Za-z_][A-Za-z0-9_]*%$/.test(v)) return true;
  // a GitHub Actions expression (`${{ secrets.API_TOKEN }}`): the runner fills it in, the file holds no value
  if (/^\$\{\{[^}]*\}\}$/.test(v)) return true;
  if (/^(?:vault|op|doppler|env|secret|secrets|awssm|gcpsm|azurekv|ref):/i.test(v)) return true;
  // an endpoint without userinfo is not a secret (`TOKEN_URL`-like names ending in a secret word)
  if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(v)) return true;
  // … nor one whose userinfo password is a documentation placeholder (`postgres://user:password@localhost/db`)
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/[^\s:@\/]*:([^\s@\/]*)@[^@\s]*$/i.exec(v);
  if (userinfo && isPlaceholderPassword(userinfo[1])) return true;
  if (/^(?:secret|secrets|kv)\/[\w./-]+$/.test(v)) return true;
  if (/^arn:aws:secretsmanager:|^projects\/[^/]+\/secrets\//.test(v)) return true;
  // `NAME: vault` names the secrets manager, it is not the secret
  if (/^(?:vault|aws-secrets-manager|gcp-secret-manager|azure-key-vault|github-secrets|1password|doppler)$/i.test(v)) return true;
  if (/^[*xX•.-]+$/.test(v) || /^(?:redacted|changeme|todo|tbd|none|null|placeholder)$/i.test(v)) return true;
  return false;
}
