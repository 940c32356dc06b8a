import type { RuleMeta } from '../../../core/types.js';

export const writeMethodsMeta: RuleMeta = {
  id: 'SG303',
  name: 'write-methods',
  severity: 'warning',
  kind: 'task',
  docs: {
    summary: 'Write methods (POST, PUT, PATCH, DELETE) are allowed together with a live key or a production host (error), an unverified host (warning), or while every credential is read-only (info).',
    why: 'The egress proxy can block write methods outright. With a production or unverified host on the allowlist, allowing them means one wrong call can create charges, send mail or delete records for real. When every credential is read-only, allowing writes buys nothing and removes a second line of defence. Without a `methods` list every method is allowed; that is only reported in the warning case, where it matters.',
    fix: 'Restrict `network.methods` to `[GET, HEAD, OPTIONS]`; allow writes only for tasks that need them against hosts verified as staging.',
    bad: 'network:\n  allowlist: [api.example.com]\n  methods: [GET, POST, DELETE]',
    good: 'network:\n  allowlist: [api.example.com]\n  methods: [GET, HEAD, OPTIONS]',
  },
};
