// Generates realistic AGENTS.md files of about N lines for benchmarks.
/** A realistic AGENTS.md: prose, rule-like sentences, lists, links, inline and fenced code, hosts. */
export function genAgentsProse(lines: number): string {
  const out = ['# Agent instructions', '', '## Rules', '', '- NEVER call production API endpoints from cloud tasks', '- Always use staging/sandbox API keys — never production keys', '- All external API calls must include error handling and timeouts', '- Log all external API calls for audit', ''];
  const blocks = [
    (i: number) => [`## Area ${i}`, ''],
    (i: number) => [`Run \`npm test -- area${i}\` before pushing; see [the guide](https://docs.staging.example.com/area/${i}) for details.`, 'Keep functions small, and prefer composition over inheritance.', ''],
    (i: number) => [`- Every outbound HTTP request in area ${i} needs a timeout and error handling.`, '- Do not hit prod APIs from cloud runs; use `api.staging.example.com` instead.', `* Try to keep PRs under ${i % 400} lines.`, ''],
    (i: number) => ['```bash', `curl -s https://api.staging.example.com/v1/items/${i} -H "Authorization: Bearer $STAGING_API_KEY"`, '```', ''],
    (i: number) => [`1. Read \`src/area${i}/README.md\`.`, '2. Write the failing test first.', '3. If staging is down, stop and report it; never fall back to production.', ''],
  ];
  let i = 0;
  while (out.length < lines) out.push(...blocks[i % blocks.length](i++));
  return out.slice(0, lines).join('\n') + '\n';
}
