// Claude Code settings rows of `npm run bench`: the check vs a bare jsonc-parser parse (parseTree) of the same text.
import { parseTree } from 'jsonc-parser';
import { checkText } from '../../server/src/engine/check.js';
import { fmt, timeMedian } from './timing.js';

/** A realistic `.claude/settings.json` grown to about `lines` lines: mostly staging hosts, some production, env and permission rules. */
export function genClaudeSettings(lines: number): string {
  const hosts: string[] = [];
  const rules: string[] = [];
  const n = Math.max(4, Math.floor((lines - 20) / 2));
  for (let i = 0; i < n; i++) {
    hosts.push(i % 25 === 0 ? `"api-m.paypal.com"` : i % 7 === 0 ? `"svc${i}.partner${i % 13}.io" // owner: team-${i % 5}` : `"api${i}.staging.acme${i % 17}.io"`);
    rules.push(i % 11 === 0 ? `"WebFetch(domain:docs${i}.staging.acme.io)"` : `"Bash(npm run test:${i})"`);
  }
  return `{
  // generated for the benchmark
  "$schema": "https://json.schemastore.org/claude-code-settings.json",
  "env": { "NODE_ENV": "test", "API_BASE_URL": "https://api.staging.acme.io/v1", "STAGING_API_KEY_REF": "vault:acme" },
  "permissions": {
    "allow": [
      ${rules.join(',\n      ')}
    ]
  },
  "sandbox": {
    "enabled": true,
    "allowUnsandboxedCommands": false,
    "failIfUnavailable": true,
    "network": {
      "allowedDomains": [
        ${hosts.join(',\n        ')}
      ]
    }
  }
}
`;
}

export function claudeRows(runsFor: (lines: number) => number): string[] {
  const rows: string[] = [];
  for (const lines of [50, 1000, 10000]) {
    const text = genClaudeSettings(lines);
    const runs = runsFor(lines);
    const parse = timeMedian(() => parseTree(text, [], { allowTrailingComma: true }), runs);
    const check = timeMedian(() => checkText(text, { path: '.claude/settings.json' }), runs);
    const findings = checkText(text, { path: '.claude/settings.json' }).findings.length;
    rows.push(`| .claude/settings.json (${findings} findings) | ${text.split('\n').length - 1} | ${fmt(parse)} | ${fmt(check)} | ${(check / parse).toFixed(2)}× | ≤ 2× |`);
  }
  return rows;
}
