// `sandbox-guard rules`: every rule with ID, name, default severity, the kinds of file it checks, summary and docs URL.
import type { CliOptions } from '../args.js';
import { colorEnabled, paint } from '../color.js';
import type { Io } from '../io.js';
import { docsUrl } from '../../core/docs.js';
import { allRuleMetas } from '../../rules/meta/index.js';
import fs from 'node:fs';
import path from 'node:path';

export function rulesData() {
  return allRuleMetas()
    .slice()
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => ({ id: r.id, name: r.name, severity: r.severity, kind: r.kind, ...(r.alsoKinds ? { alsoKinds: r.alsoKinds } : {}), summary: r.docs.summary, docsUrl: docsUrl(r.name) }));
}

export function runRules(o: CliOptions, io: Io): number {
  const rules = rulesData();
  let text: string;
  if (o.format === 'json') text = JSON.stringify(rules, null, 2) + '\n';
  else {
    const p = paint(colorEnabled(o.color, io.isTTY, io.env, !!o.output));
    const w = Math.max(...rules.map((r) => r.name.length));
    const sev = { error: p.red, warning: p.yellow, info: p.blue };
    text = rules
      .map((r) => `${p.bold(r.id)}  ${r.name.padEnd(w)}  ${sev[r.severity](r.severity.padEnd(7))}  ${r.summary}\n${' '.repeat(r.id.length + 2)}${p.dim(r.docsUrl)}\n${' '.repeat(r.id.length + 2)}${p.dim(`checks: ${[r.kind, ...(r.alsoKinds ?? [])].join(', ')}`)}`)
      .join('\n') + `\n\n${rules.length} rules. Override a severity with --rule <id|name>=<off|info|warning|error> or the policy file's \`rules\`.\n`;
  }
  if (o.output) fs.writeFileSync(path.resolve(io.cwd, o.output), text);
  else io.stdout(text);
  return 0;
}
