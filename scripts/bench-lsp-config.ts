// Generated task configs for the language-server benchmark: realistic blocks (allowlist, credentials
// with hosts and rate limits, env URLs) up to a number of lines, with one production host on line 4.
export function generateConfig(lines: number): string {
  const out = ['name: bench', 'network:', '  allowlist:', '    - api-m.paypal.com', '    - api.staging.example0.com', '    - api.staging.example1.com'];
  const allow = Math.max(2, Math.floor(lines * 0.2));
  for (let i = 2; i < allow; i++) out.push(`    - api.staging.example${i}.com`);
  out.push('  methods: [GET, HEAD, OPTIONS]', 'credentials:');
  const credLines = Math.floor(lines * 0.6);
  for (let i = 0; out.length < allow + 3 + credLines; i++) {
    out.push(
      `  STAGING_KEY_${i}:`, '    source: vault', `    ref: secret/codex/staging/${i}`, '    scope: task', '    permissions: read-only',
      '    label: Codex sandbox', '    hosts:', `      - api.staging.example${i % allow}.com`, '    rate_limit:', '      requests: 60', '      per: minute',
    );
  }
  out.push('env:');
  for (let i = 0; out.length < lines; i++) out.push(`  API_BASE_URL_${i}: https://api.staging.example${i % allow}.com/v1`);
  return out.slice(0, Math.max(lines, 12)).join('\n') + '\n';
}

/**
 * A config where about one line in four carries a problem: hosts with schemes, ports and paths,
 * production and unverified hosts in the allowlist; credentials with pool/session scope,
 * read-write/admin permissions and missing labels; env endpoints on production hosts.
 * Line 5 holds a `.com` host (the benchmark's edit) and line 3 a production host (its code action).
 */
export function generateManyFindingsConfig(lines: number): string {
  const out = ['name: bench-many', 'network:', '  allowlist:', '    - api-m.paypal.com', '    - api.staging.example0.com', '    - api.staging.example1.com'];
  const allow = Math.max(2, Math.floor(lines * 0.2));
  const hosts = [
    (i: number) => `    - https://api.staging.example${i}.com/v1`,
    (i: number) => `    - api.staging.example${i}.com:8443`,
    (i: number) => `    - api.staging.example${i}.com`,
    (i: number) => `    - partner-api.example${i}.net`,
    (i: number) => `    - api.staging.example${i}.com`,
    (i: number) => `    - api${i}.paypal.com`,
    (i: number) => `    - api.staging.example${i}.com`,
    (i: number) => `    - api.staging.example${i}.com`,
  ];
  for (let i = 2; i < allow; i++) out.push(hosts[i % hosts.length](i));
  out.push('  methods: [GET, HEAD, OPTIONS]', 'credentials:');
  const credLines = Math.floor(lines * 0.6);
  const scopes = ['task', 'pool', 'task', 'session'];
  const perms = ['read-only', 'read-write', 'read-only', 'admin'];
  for (let i = 0; out.length < allow + 3 + credLines; i++) {
    out.push(`  STAGING_KEY_${i}:`, '    source: vault', `    ref: secret/codex/staging/${i}`, `    scope: ${scopes[i % 4]}`, `    permissions: ${perms[(i >> 1) % 4]}`);
    if (i % 3 !== 2) out.push('    label: Codex sandbox');
    out.push('    hosts:', `      - api.staging.example${(i * 8 + 2) % allow}.com`, '    rate_limit:', '      requests: 60', '      per: minute');
  }
  out.push('env:');
  for (let i = 0; out.length < lines; i++) {
    out.push(i % 2 ? `  API_BASE_URL_${i}: https://api.staging.example${(i * 8 + 2) % allow}.com/v1` : `  PAYMENTS_URL_${i}: https://api-m.paypal.com/v${i}`);
  }
  return out.slice(0, Math.max(lines, 12)).join('\n') + '\n';
}
