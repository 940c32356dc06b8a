// Sample configs for the protocol tests.
export const BAD_CONFIG = `network:
  allowlist:
    - api-m.paypal.com
    - https://api.sandbox.paypal.com/v1
    - api.staging.example.com
  methods: [GET, HEAD, OPTIONS]
`;

export const GOOD_CONFIG = `network:
  allowlist:
    - api-m.sandbox.paypal.com
  methods: [GET, HEAD, OPTIONS]
`;

/** The source document's four rules: task configs beside it get no "no AGENTS.md" finding. */
export const AGENTS_MD = `# Agents

## Rules
- NEVER call production API endpoints from cloud tasks
- Always use staging/sandbox API keys — never production keys
- All external API calls must include error handling and timeouts
- Log all external API calls for audit
`;

/** 1-based [code, line, col, endLine, endCol] of each diagnostic (same shape as test/helpers positions()). */
export function spots(diags: { code?: string | number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]) {
  return diags.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1]);
}
