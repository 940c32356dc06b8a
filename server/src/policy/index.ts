// The team policy file: parsing (pure) and lookup (I/O injected).
export { emptyPolicy, type Policy } from './types.js';
export { parsePolicy, type PolicyResult, type ParsePolicyOptions } from './parse.js';
export { findPolicyFile, loadPolicyForFile, clonePolicy, type ReadText, type FoundPolicy } from './load.js';
export { matchHostPattern, isPolicyProductionHost } from './hostPattern.js';
export { globProblem } from './globs.js';
