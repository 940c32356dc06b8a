import type { RuleMeta } from '../../../core/types.js';

export const nonBareHostMeta: RuleMeta = {
  id: 'SG105',
  name: 'non-bare-host',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'An allowlist entry is not a bare host name: it has a scheme, path, port, query, userinfo, uppercase letters, a trailing dot, whitespace or non-ASCII characters.',
    why:
      'The egress proxy sees only the host name (CONNECT / SNI), never the URL: `https://api.stripe.com/v1` either matches nothing, so the task fails, or is read as a different host than the reviewer thinks. A path in the list suggests a restriction that does not exist (`/v1` does not keep the task away from `/v2`). Userinfo puts a credential in the file; non-ASCII names can be homoglyphs of a trusted host.',
    fix: 'Write only the host name, lowercase, without a trailing dot; internationalized names in their punycode (`xn--…`) form.',
    bad: 'network:\n  allowlist:\n    - https://API-M.Sandbox.PayPal.com/v2/checkout\n    - api.staging.example.com:443',
    good: 'network:\n  allowlist:\n    - api-m.sandbox.paypal.com\n    - api.staging.example.com',
  },
};
