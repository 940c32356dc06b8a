import type { SeverityOrOff } from './types.js';

/** The team policy (`.sandbox-guard.yaml`), merged with editor/CLI settings. */
export interface Policy {
  /** production host -> staging host */
  stagingHosts: Record<string, string>;
  /** extra production hosts, or `*.x.y` wildcards (no regexes: a policy file must not be able to hang the checker) */
  productionHosts: string[];
  /** extra labels that mark a host as non-production (added to staging, sandbox, test, ...) */
  stagingMarkers: string[];
  /** rule ID or name -> severity */
  rules: Record<string, SeverityOrOff>;
  /** extra task-config globs */
  files: string[];
  /** globs of files never checked */
  ignore: string[];
  /** path of the policy file this came from, if any */
  path?: string;
}

export function emptyPolicy(): Policy {
  return { stagingHosts: {}, productionHosts: [], stagingMarkers: [], rules: {}, files: [], ignore: [] };
}
