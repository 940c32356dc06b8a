import type { RuleMeta } from '../../../core/types.js';

export const srtMaskInjectHostMeta: RuleMeta = {
  id: 'SG609',
  name: 'srt-mask-inject-host',
  severity: 'error',
  kind: 'srt',
  docs: {
    summary: "A masked sandbox-runtime secret (`credentials` entry with `mode: \"mask\"`) is injected into requests to a host that is not staging, or, without `injectHosts`, to every allowed domain while a non-staging host is allowed.",
    why: "A masked secret shows up as a sentinel inside the sandbox, and the proxy swaps in the real value on the way out to `injectHosts`, which defaults to every entry of `allowedDomains`. A production or unknown host there receives the real key: the mask protects nothing against a request the agent sends to it.",
    fix: "List only the staging hosts that need the secret in `injectHosts`; remove production hosts from it (and from `allowedDomains`).",
    bad: "{\n  \"network\": { \"allowedDomains\": [\"api.sandbox.paypal.com\", \"api.paypal.com\"] },\n  \"credentials\": {\n    \"envVars\": [{ \"name\": \"PAYPAL_TOKEN\", \"mode\": \"mask\" }]\n  }\n}",
    good: "{\n  \"network\": { \"allowedDomains\": [\"api.sandbox.paypal.com\"] },\n  \"credentials\": {\n    \"envVars\": [{ \"name\": \"PAYPAL_SANDBOX_TOKEN\", \"mode\": \"mask\", \"injectHosts\": [\"api.sandbox.paypal.com\"] }]\n  }\n}",
  },
};
