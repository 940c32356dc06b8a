import type { RuleMeta } from '../../../core/types.js';

export const unverifiedHostMeta: RuleMeta = {
  id: 'SG102',
  name: 'unverified-host',
  severity: 'warning',
  kind: 'task',
  alsoKinds: ['claude', 'srt', 'copilot', 'codex'],
  docs: {
    summary: 'An allowlisted host is not known to be staging: not a catalog or policy sandbox host, not a dependency host, and no staging label in its name (under a catalogued provider\'s domain, only the catalog counts).',
    why:
      'Nothing says the host is not production. If it is, an agent task can read and change live data through it, and reviewers cannot tell from the config. Known sandbox hosts, package registries and git forges, and hosts with a label such as `staging`, `sandbox` or `qa` are not reported.',
    fix: 'Point the task at the service\'s staging host (e.g. `api.staging.example.com`; for a catalogued provider, the sandbox host it documents, or its shared host with a test-mode key), or record the host in `stagingHosts` of `.sandbox-guard.yaml` (as a staging value, or add your own marker word to `stagingMarkers`).',
    bad: 'network:\n  allowlist:\n    - api.example.com',
    good: 'network:\n  allowlist:\n    - api.staging.example.com',
  },
};
