// Policy host patterns: exact hostnames or `*.domain` wildcards. No regexes, so matching is linear
// and a workspace's policy file can never hang the checker.
import type { Policy } from '../../core/policy.js';

/** True when `host` is `pattern`, or `pattern` is `*.d` and `host` is a subdomain of `d` (one or more labels). */
export function matchHostPattern(host: string, pattern: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const p = pattern.toLowerCase();
  if (p.startsWith('*.')) {
    const suffix = p.slice(1); // ".d"
    return h.length > suffix.length && h.endsWith(suffix);
  }
  return h === p;
}

/** True when the policy lists `host` as production (in `productionHosts`, or as a key of `stagingHosts`). */
export function isPolicyProductionHost(host: string, policy: Policy): boolean {
  const h = host.toLowerCase();
  return Object.prototype.hasOwnProperty.call(policy.stagingHosts, h) || policy.productionHosts.some((p) => matchHostPattern(h, p));
}
