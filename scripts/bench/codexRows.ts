// Codex rows of `npm run bench`: the check of a `.codex/config.toml` vs a bare toml-eslint-parser parse of the same text.
import { parseTOML } from 'toml-eslint-parser';
import { checkText } from '../../server/src/engine/check.js';
import { fmt, timeMedian } from './timing.js';

const HOSTS = ['api.staging.example.com', 'api-m.sandbox.paypal.com', 'api-m.paypal.com', 'registry.npmjs.org', 'api.example.com', '*.amazonaws.com'];

/** A realistic config of about `lines` lines: top-level keys, profiles with domains tables, env. */
export function genCodexConfig(lines: number): string {
  const out = ['# generated for the benchmark', 'approval_policy = "on-request"', 'default_permissions = "p0"', '', '[features]', 'network_proxy = true', ''];
  for (let p = 0; out.length < lines - 6; p++) {
    out.push(`[permissions.p${p}.network]`, 'enabled = true', p % 2 ? 'mode = "full"' : 'mode = "limited"', '', `[permissions.p${p}.network.domains]`);
    for (let i = 0; i < 8; i++) out.push(`"${i}.${HOSTS[(p + i) % HOSTS.length].replace(/^\*\./, '')}" = "${i % 5 === 4 ? 'deny' : 'allow'}"   # entry ${i}`);
    out.push('');
  }
  out.push('[shell_environment_policy]', 'inherit = "core"', 'ignore_default_excludes = false', '[shell_environment_policy.set]', 'API_BASE_URL = "https://api.staging.example.com/v1"');
  return `${out.join('\n')}\n`;
}

export function codexRows(runsFor: (lines: number) => number): string[] {
  const rows: string[] = [];
  for (const lines of [50, 1000, 10000]) {
    const text = genCodexConfig(lines);
    const runs = runsFor(lines);
    const parse = timeMedian(() => parseTOML(text, { tomlVersion: '1.1' }), runs);
    const check = timeMedian(() => checkText(text, { path: '.codex/config.toml' }), runs);
    const findings = checkText(text, { path: '.codex/config.toml' }).findings.length;
    rows.push(`| Codex config.toml (${findings} findings) | ${text.split('\n').length - 1} | ${fmt(parse)} | ${fmt(check)} | ${(check / parse).toFixed(2)}× | ≤ 2× | — |`);
  }
  return rows;
}
