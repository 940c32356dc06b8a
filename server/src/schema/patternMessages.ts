// Messages (and rename suggestions) for the schemas' `pattern` checks, keyed by schema location.
import { hostOf } from '../hosts/hostname.js';
import { code } from './words.js';

export interface PatternMessage {
  message: string;
  /** a corrected name for a rename fix, when one is obvious */
  suggestion?: string;
}

const CREDENTIAL_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `stagingApiKey` / `staging-api-key` -> `STAGING_API_KEY` */
export function toUpperSnake(name: string): string {
  // redos: the replace before it leaves every run of _ one character long (accepted in test/regex/accepted.ts)
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
}

/** `https://api.example.com:443/v1` -> `api.example.com` (lower-cased); undefined when nothing host-like is left. */
export function bareHost(text: string): string | undefined {
  const h = hostOf(text, 'entry');
  // only what the stagingHosts key pattern accepts
  return h && /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(h) ? h : undefined;
}

const BY_PATH: Record<string, (value: string, segs: string[]) => PatternMessage> = {
  '#/properties/credentials/propertyNames/pattern': (v) => {
    const s = toUpperSnake(v);
    return { message: `Credential name ${code(v)} must be UPPER_SNAKE_CASE${CREDENTIAL_NAME.test(s) ? ` (e.g. ${code(s)})` : ''}`, suggestion: CREDENTIAL_NAME.test(s) ? s : undefined };
  },
  '#/properties/env/propertyNames/pattern': (v) => {
    const s = v.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^(\d)/, '_$1');
    return { message: `Environment variable name ${code(v)} may only hold letters, digits and \`_\`, and must not start with a digit`, suggestion: ENV_NAME.test(s) ? s : undefined };
  },
  '#/properties/stagingHosts/propertyNames/pattern': (v) => {
    const h = bareHost(v);
    return { message: `Production host ${code(v)} in \`stagingHosts\` must be a bare hostname (no scheme, port or path)`, suggestion: h };
  },
  '#/properties/stagingHosts/additionalProperties/pattern': (v, segs) => ({
    message: `The staging host for ${code(segs[1] ?? '')} must be a bare hostname (no scheme, port or path), not ${code(v)}`,
  }),
  '#/properties/productionHosts/items/pattern': (v) => ({
    message: `${code(v)} in \`productionHosts\` must be a hostname or a \`*.domain\` wildcard (regular expressions are not supported)`,
  }),
  '#/properties/stagingMarkers/items/pattern': (v) => ({
    message: `${code(v)} in \`stagingMarkers\` must be a single label of letters and digits, e.g. \`preview\``,
  }),
};

export function patternMessage(schemaPath: string, value: string, segs: string[]): PatternMessage {
  const f = BY_PATH[schemaPath];
  if (f) return f(value, segs);
  return { message: `${code(value)} does not have the expected form` };
}
