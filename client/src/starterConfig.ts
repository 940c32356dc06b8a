// The commented starter task config of "New Sandbox Task Config": staging placeholders only.
export const FIRST_HOST = 'api.staging.example.com';

export const STARTER_CONFIG = `# Sandbox task config, checked by Sandbox Guard.
# Staging-only rule: a cloud task never reaches production APIs and never holds live keys.
name: my-staging-task

network:
  # Hosts the task may reach (egress is denied by default). Bare host names, staging or sandbox only.
  # Give every entry a trailing comment: who needs it and what data flows.
  allowlist:
    - ${FIRST_HOST}   # TODO: your service's staging API, and why the task needs it
  # Read-only by default; add POST/PUT/PATCH/DELETE only if the task must write to staging.
  methods: [GET, HEAD, OPTIONS]

credentials:
  # Referenced by name, never by value: the orchestrator injects them from the secrets manager.
  # Use a dedicated sandbox key with minimal permissions, labelled for audit.
  STAGING_API_KEY:
    source: vault
    ref: secret/sandbox/staging-api-key
    scope: task              # only for this task; "pool" keys linger in warm snapshots
    permissions: read-only
    label: Codex sandbox
    hosts:
      - ${FIRST_HOST}
    rate_limit:
      requests: 60           # per-key limit at the provider, sized for max_parallel_tasks
      per: minute

env:
  # Inject the endpoint; never let the agent pick it.
  API_BASE_URL: https://${FIRST_HOST}

max_parallel_tasks: 2
`;

/** 0-based line and character range of the first host placeholder, where the cursor goes. */
export function firstHostRange(text: string = STARTER_CONFIG): { line: number; start: number; end: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(`- ${FIRST_HOST}`));
  const start = lines[line].indexOf(FIRST_HOST);
  return { line, start, end: start + FIRST_HOST.length };
}
