// Secret detection: catalog patterns with a keyword prefilter, secret-like properties, redaction.
export { redact } from './redact.js';
export { redactText, quoteValue } from './redactText.js';
export { scanSecrets, SCAN_WINDOW, type SecretMatch } from './scan.js';
export { compilePatterns, keyMode, safeSource, type CompiledPattern, type KeyMode, type SkippedPattern } from './patterns.js';
export { isSecretKeyName, isSecretReference, nameParts } from './keys.js';
export { isPlaceholderPassword } from './placeholders.js';
export { secretKind, providerName } from './describe.js';
