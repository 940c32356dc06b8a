// Generates realistic task configs of about N lines for benchmarks: a mix of staging, production,
// unverified and dependency hosts, credentials with and without problems, env endpoints.
const HOSTS = [
  'api.staging.example.com', 'api.stripe.com', 'api-m.sandbox.paypal.com', 'api.paypal.com',
  'registry.npmjs.org', 'github.com', 'api.partner.example.net', 'hooks.staging.stripe.com',
  'connect.squareupsandbox.com', 'api.sandbox.twilio.com',
];

export function genConfig(lines: number): string {
  const out: string[] = ['version: 1', 'name: bench-config', 'network:', '  allowlist:'];
  const hostLines = Math.max(4, Math.floor(lines * 0.4));
  for (let i = 0; i < hostLines; i++) {
    const h = HOSTS[i % HOSTS.length];
    out.push(`    - ${i < HOSTS.length ? h : `svc${i}.${h}`}   # needed by test ${i}`);
  }
  out.push('  methods: [GET, HEAD, OPTIONS]', 'credentials:');
  let c = 0;
  while (out.length < lines * 0.85) {
    out.push(
      `  STAGING_KEY_${c}:`,
      '    source: vault',
      `    ref: secret/codex/staging-${c}`,
      `    scope: ${c % 5 === 0 ? 'session' : 'task'}`,
      `    permissions: ${c % 7 === 0 ? 'read-write' : 'read-only'}`,
      '    label: Codex sandbox',
      `    hosts: [${HOSTS[c % HOSTS.length]}]`,
      '    rate_limit: {requests: 60, per: minute}',
    );
    c++;
  }
  out.push('env:');
  let e = 0;
  while (out.length < lines - 1) {
    out.push(`  API_BASE_URL_${e}: https://${HOSTS[e % HOSTS.length]}/v1`);
    e++;
  }
  out.push('max_parallel_tasks: 4');
  return out.join('\n') + '\n';
}
