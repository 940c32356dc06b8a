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
