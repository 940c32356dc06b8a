import type { RuleMeta } from '../../../core/types.js';

export const codexWriteMethodsMeta: RuleMeta = {
  id: 'SG626',
  name: 'codex-write-methods',
  severity: 'warning',
  kind: 'codex',
  docs: {
    summary: 'A Codex network `mode` is not `"limited"` (or unset, which is full) while the domain rules allow a production or unverified host: POST, PUT, PATCH and DELETE get through.',
    why: 'In `"limited"` mode Codex\'s proxy lets only GET, HEAD and OPTIONS through and answers anything else with 403 `blocked-by-method-policy`. In full mode, one wrong call to an allowed production or unverified host can create charges, send mail or delete records for real (the same judgement as SG303 for task configs).',
    fix: 'Set `mode = "limited"` in the profile\'s `[permissions.<name>.network]` (or `[features.network_proxy]`); allow writes only for hosts verified as staging.',
    bad: '[permissions.ci.network]\nmode = "full"\n\n[permissions.ci.network.domains]\n"api.example.com" = "allow"',
    good: '[permissions.ci.network]\nmode = "limited"\n\n[permissions.ci.network.domains]\n"api.example.com" = "allow"',
  },
};
