// Last line of defence for every output (engine findings, CLI reports): rules already redact secrets in their messages, but a
// report must never carry a live credential even if a rule slips. Well-known token shapes only
// (linear regexes, bounded repetition); the rules' catalog-driven detection does the real work.
import { redact } from './redact.js';
// redos: token shapes: a fixed prefix, then one character class to the end of the token (accepted in test/regex/accepted.ts)
const TOKEN = new RegExp(
  [
    // also the upper-cased form a rename suggestion may derive from it
    // and names derived from it (`sk_staging_…` in a rename suggestion)
    String.raw`\b(?:[sSrRpP][kK])_(?:live|test|prod|LIVE|TEST|PROD)_[A-Za-z0-9_]{8,}`,
    String.raw`\b(?:[sSrRpP][kK])_[A-Za-z]{2,12}_[A-Za-z0-9_]{20,}`,
    String.raw`\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}`,
    String.raw`\bgithub_pat_[A-Za-z0-9_]{30,}`,
    String.raw`\bglpat-[A-Za-z0-9_-]{20,}`,
    String.raw`\bxox[abposer]-[A-Za-z0-9-]{10,}`,
    String.raw`\b(?:AKIA|ASIA)[A-Z0-9]{16}\b`,
    String.raw`\bAIza[A-Za-z0-9_-]{35}`,
    String.raw`\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}`,
    String.raw`\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}`,
    String.raw`-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----`,
  ].join('|'),
  'g',
);

/** Token shapes are shown the same way as every other secret: `sk_live_…9f2c` (see redact.ts). */
export const redactToken = redact;

export function redactSecrets(s: string): string {
  return s.replace(TOKEN, (m) => redact(m));
}
